package main

import (
	"context"
	"fmt"
	"os"
	"strings"

	"github.com/candorbot/candor/bot"
	"github.com/candorbot/candor/referral"
)

func referralCommand() command {
	c := command{
		name:  "referral",
		usage: "LOCATION  (or: candor referral import|export --help)",
		summary: "Show where to find a therapist for a location (empty: international directories), " +
			"or import/export a server's own listings as CSV (columns: " + strings.Join(bot.ListingColumns, ",") + ").",
	}
	c.run = func(ctx context.Context, e *env, args []string) error {
		if len(args) > 0 && (args[0] == "import" || args[0] == "export") {
			return listingsIO(ctx, e, c, args[0], args[1:])
		}
		fs := newFlags(e, c)
		asJSON := fs.Bool("json", false, "print the reply as JSON")
		online := fs.Bool("online", false, "prefer directories that list telehealth")
		lowCost := fs.Bool("low-cost", false, "prefer lower-cost options")
		focus := fs.String("focus", "", "what the therapist should focus on: a `TOPIC` such as lgbtq or couples")
		guild := fs.String("guild", "", "include this server's own listings (Discord guild `ID`)")
		cf := addCoreFlags(fs, e.cfg, true)
		if err := parseFlags(fs, args); err != nil {
			return err
		}
		use := noStore
		if *guild != "" {
			use = needStore
		}
		a, err := buildApp(ctx, e, cf, use, newLogger(e.cfg, e.stderr))
		if err != nil {
			return err
		}
		defer a.Close()
		rep := a.bot.FindTherapist(ctx, bot.Request{GuildID: *guild, Region: cf.region, Channel: bot.ChannelConsole},
			strings.Join(fs.Args(), " "), referral.Filter{Online: *online, LowCost: *lowCost, Focus: *focus})
		return printReply(e.stdout, a.bot, rep, *asJSON, outputWidth(e))
	}
	return c
}

// referralFilter reads filter words from a chat command's location text.
func referralFilter(text string) referral.Filter {
	low := strings.ToLower(text)
	f := referral.Filter{Online: strings.Contains(low, "online") || strings.Contains(low, "telehealth")}
	for _, w := range []string{"lgbtq", "queer", "trans", "couples"} {
		if strings.Contains(low, w) {
			f.Focus = w
		}
	}
	return f
}

// listingsIO imports or exports a guild's own listings.
func listingsIO(ctx context.Context, e *env, c command, verb string, args []string) error {
	c.name += " " + verb
	if verb == "import" {
		c.usage = "FILE.csv"
		c.summary = fmt.Sprintf("Replace a server's own listings with those in a CSV file (columns: %s; at most %d listings, %d KB). All or nothing; errors name the line.",
			strings.Join(bot.ListingColumns, ","), bot.MaxGuildListings, bot.MaxListingsFileBytes>>10)
	} else {
		c.usage = "[FILE.csv]"
		c.summary = "Write a server's own listings as CSV, to FILE.csv or standard output."
	}
	fs := newFlags(e, c)
	guild := fs.String("guild", "", "the Discord server (guild) `ID` the listings belong to (required)")
	db := addDBFlag(fs, e.cfg)
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *guild == "" {
		fmt.Fprintf(e.stderr, "candor referral %s: --guild ID is required\n", verb)
		return errUsage
	}
	// Export reads: a mistyped path is an error, not a new empty database.
	spec := pickStore(e.cfg, db)
	var st appStore
	var err error
	if verb == "export" {
		st, err = openExisting(ctx, spec, "referral export")
	} else {
		st, err = openStore(ctx, spec, openOptions{})
	}
	if err != nil {
		return err
	}
	defer st.Close()
	if verb == "export" {
		ls, err := st.Listings(ctx, *guild)
		if err != nil {
			return err
		}
		out := e.stdout
		if fs.NArg() == 1 {
			f, err := os.Create(fs.Arg(0))
			if err != nil {
				return fmt.Errorf("export: %w", err)
			}
			defer f.Close()
			out = f
		}
		if err := bot.WriteListingsCSV(out, ls); err != nil {
			return err
		}
		if fs.NArg() == 1 {
			fmt.Fprintf(e.stderr, "Exported %d listings of server %s to %s.\n", len(ls), *guild, fs.Arg(0))
		}
		return nil
	}
	if fs.NArg() != 1 {
		fmt.Fprintln(e.stderr, "candor referral import: give one CSV file")
		return errUsage
	}
	f, err := os.Open(fs.Arg(0))
	if err != nil {
		return fmt.Errorf("import: %w", err)
	}
	defer f.Close()
	if fi, err := f.Stat(); err == nil && fi.Mode().IsRegular() && fi.Size() > bot.MaxListingsFileBytes {
		return fmt.Errorf("import %s: nothing was imported: the file is %d KB; a listings file may be at most %d KB (%d listings a server)",
			fs.Arg(0), fi.Size()>>10, bot.MaxListingsFileBytes>>10, bot.MaxGuildListings)
	}
	ls, err := bot.ParseListingsCSV(f, *guild)
	if err != nil {
		return fmt.Errorf("import %s: nothing was imported:\n%w", fs.Arg(0), err)
	}
	if err := st.ReplaceListings(ctx, *guild, ls); err != nil {
		return fmt.Errorf("import %s: nothing was imported: %w", fs.Arg(0), err)
	}
	fmt.Fprintf(e.stdout, "Imported %d listings for server %s (replacing its previous list).\n", len(ls), *guild)
	return nil
}
