// Command candor is a Discord bot for sexual-health education and referral,
// with a console chat for trying it without Discord.
//
// Usage: candor [command] [flags]; candor help lists the commands.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"
	"syscall"
)

// command is one subcommand of the CLI.
type command struct {
	name    string
	usage   string // positional arguments; the flags are listed from the FlagSet
	summary string
	run     func(ctx context.Context, e *env, args []string) error
}

// env is what a command runs with: configuration and standard streams,
// injected so tests can script a conversation.
type env struct {
	cfg    Config
	getenv func(string) string
	stdin  io.Reader
	stdout io.Writer
	stderr io.Writer
}

// commands is the explicit registry of subcommands; each lives in its own
// cmd_*.go file.
func commands() []command {
	return []command{
		runCommand(),
		chatCommand(),
		askCommand(),
		evalCommand(),
		kbCommand(),
		referralCommand(),
		commandsCommand(),
		statsCommand(),
	}
}

// errUsage marks an error already explained by a usage message.
var errUsage = errors.New("usage")

// exitError carries a specific exit status.
type exitError struct{ code int }

func (e exitError) Error() string { return fmt.Sprintf("exit status %d", e.code) }

func main() {
	sigs := make(chan os.Signal, 2)
	signal.Notify(sigs, os.Interrupt, syscall.SIGTERM)
	ctx, stop := interruptContext(context.Background(), sigs, os.Stderr, os.Exit)
	code := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr, os.Getenv)
	stop()
	os.Exit(code)
}

// run executes the CLI and returns the exit status.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer, getenv func(string) string) int {
	cfg, err := LoadConfig(getenv)
	if err != nil {
		fmt.Fprintln(stderr, "candor: configuration:", err)
		return 2
	}
	e := &env{cfg: cfg, getenv: getenv, stdin: stdin, stdout: stdout, stderr: stderr}
	name := "run"
	if len(args) > 0 && (args[0] == "-h" || args[0] == "-help" || args[0] == "--help") {
		name = "help"
	} else if len(args) > 0 && !strings.HasPrefix(args[0], "-") {
		name, args = args[0], args[1:]
	}
	switch name {
	case "help", "-h", "--help":
		printHelp(stdout)
		return 0
	}
	for _, c := range commands() {
		if c.name == name {
			err := c.run(ctx, e, args)
			var ee exitError
			switch {
			case err == nil:
				return 0
			case errors.Is(err, flag.ErrHelp):
				return 0
			case errors.Is(err, errUsage):
				return 2
			case errors.As(err, &ee):
				return ee.code
			default:
				fmt.Fprintln(stderr, "candor:", err)
				return 1
			}
		}
	}
	fmt.Fprintf(stderr, "candor: unknown command %q\n\n", name)
	printHelp(stderr)
	return 2
}

func printHelp(w io.Writer) {
	fmt.Fprintln(w, "Candor: sexual-health education and referral, for Discord and the console.")
	fmt.Fprintln(w, "Education, not medical advice.")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "Usage: candor [command] [flags]")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "Commands:")
	for _, c := range commands() {
		fmt.Fprintf(w, "  %-10s %s\n", c.name, c.summary)
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w, "With no command, candor runs the Discord bot (needs DISCORD_TOKEN).")
	fmt.Fprintln(w, "No Discord token? Try the console: candor chat (or: go run . chat).")
	fmt.Fprintln(w, "Run 'candor COMMAND --help' for a command's flags. Settings: see .env.example.")
}

// newFlags returns a flag set whose usage names the command, its flags
// (read from the set, so the line always agrees with them) and its
// arguments.
func newFlags(e *env, c command) *flag.FlagSet {
	fs := flag.NewFlagSet("candor "+c.name, flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	fs.Usage = func() {
		fmt.Fprintf(e.stderr, "Usage: %s\n\n%s\n", usageLine(fs, c), c.summary)
		hasFlags := false
		fs.VisitAll(func(*flag.Flag) { hasFlags = true })
		if hasFlags {
			fmt.Fprintln(e.stderr, "\nFlags:")
			fs.PrintDefaults()
		}
	}
	return fs
}

// usageLine is "candor NAME [--flag VALUE]... ARGS", the flags in the
// order of the set.
func usageLine(fs *flag.FlagSet, c command) string {
	parts := []string{"candor", c.name}
	fs.VisitAll(func(f *flag.Flag) {
		name, _ := flag.UnquoteUsage(f)
		if b, ok := f.Value.(interface{ IsBoolFlag() bool }); ok && b.IsBoolFlag() {
			parts = append(parts, "[--"+f.Name+"]")
			return
		}
		if name == "" {
			name = "VALUE"
		}
		parts = append(parts, "[--"+f.Name+" "+name+"]")
	})
	if c.usage != "" {
		parts = append(parts, c.usage)
	}
	return strings.Join(parts, " ")
}

// parseFlags parses args, mapping a bad flag to errUsage.
func parseFlags(fs *flag.FlagSet, args []string) error {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return err
		}
		return errUsage
	}
	return nil
}
