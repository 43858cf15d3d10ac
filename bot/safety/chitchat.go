package safety

import "strings"

// chitchatter recognises messages that are nothing but greetings, thanks
// or small talk, by exact phrases after trimming names and fillers. A
// message that also asks something real is not chitchat.
type chitchatter struct {
	greetings, address, acks, thanks, intensifiers, small, fillers map[string]bool
}

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

func newChitchatter() *chitchatter {
	return &chitchatter{
		greetings: set("hi", "hey", "hello", "hiya", "heya", "howdy", "yo", "sup", "hola", "hallo", "greetings",
			"morning", "evening", "afternoon", "gm", "good morning", "good afternoon", "good evening", "good day",
			"what is up", "wassup", "wazzup", "whats good", "hey hey", "hi hi", "oh hi", "oh hey", "hey you",
			"hello hello", "heyo", "ahoy"),
		address: set("there", "candor", "bot", "candorbot", "everyone", "all", "guys", "friend", "friends", "again",
			"folks", "team", "buddy", "mate", "bro", "pal", "dude", "lol", "please", "then", "x", "xx", "xxx", "haha",
			"you all", "y", "ya"),
		acks: set("ok", "okay", "oh", "great", "cool", "awesome", "perfect", "wow", "aw", "aww", "alright", "nice", "amazing"),
		thanks: set("thanks", "thank you", "thanks you", "thank u", "ty", "cheers", "many thanks", "much appreciated",
			"appreciate it", "i appreciate it", "i appreciate that", "i appreciate this", "i appreciate you",
			"i appreciate your help", "i appreciate the help", "that helps", "that helped", "this helps",
			"this helped", "it helped", "that was helpful", "that was very helpful", "that was really helpful",
			"that was super helpful", "that was so helpful", "that was a big help", "that is helpful",
			"that is so helpful", "that is really helpful", "very helpful", "so helpful", "super helpful",
			"really helpful", "helpful", "good to know", "you are the best", "you are great", "you are awesome",
			"you are a star", "you are amazing", "you are so helpful", "you are really helpful", "you are helpful",
			"you are actually really helpful", "you helped", "you helped a lot", "thank you candor"),
		intensifiers: set("so", "much", "a", "lot", "ton", "very", "loads", "heaps", "again", "really", "though",
			"that", "it", "you"),
		small: set("how are you", "how are you doing", "how are you today", "how are you doing today", "how is it going",
			"how are things", "how do you do", "what is up", "whats up", "sup", "wassup", "what is good",
			"how is everyone", "how are you all", "what are you", "who are you", "who made you", "who built you",
			"who created you", "what is your name", "are you real", "are you human", "are you a bot", "are you a robot",
			"are you an ai", "are you ai", "are you a person", "are you a real person", "are you chatgpt", "are you alive",
			"are you a machine", "what can you do", "what do you do", "what can i ask", "what can i ask you",
			"what can i ask about", "what can i ask you about", "what can you help with", "what can you help me with",
			"what do you know", "what do you know about", "what are you for", "what is this", "what is candor",
			"what does candor do", "help", "how does this work", "how do i use this", "how do i use you",
			"how do i use this bot", "how do i use candor", "are you there", "you there", "can you help me",
			"can you help", "i have a question", "can i ask a question", "can i ask you a question",
			"can i ask something", "can i ask you something", "test", "testing", "lol", "haha", "lmao", "hehe",
			"nice to meet you", "good bot", "bye", "goodbye", "bye bye", "see you", "see ya", "good night", "gn", "ok",
			"okay", "k", "kk", "cool", "got it", "i see", "nice", "alright", "sure", "yes", "no", "yeah", "nope", "hmm",
			"hm", "oh", "ah", "wow", "great", "awesome", "perfect", "amazing", "makes sense", "that makes sense",
			"understood", "ok cool", "okay cool", "alright cool", "nvm", "never mind", "this bot is amazing",
			"you are cool", "good job", "well done", "interesting"),
		fillers: set("so", "ok", "okay", "and", "well", "um", "umm", "hmm", "anyway", "but"),
	}
}

// classify reports whether every clause is chitchat, and the kind the
// message opens with.
func (ch *chitchatter) classify(clauses []string) (string, bool) {
	words := 0
	for _, cl := range clauses {
		words += strings.Count(cl, " ") + 1
	}
	if words > 14 {
		return "", false
	}
	kind := ""
	for _, cl := range clauses {
		k, ok := ch.clause(strings.Fields(cl))
		if !ok {
			return "", false
		}
		if kind == "" {
			kind = k
		}
	}
	return kind, kind != ""
}

func (ch *chitchatter) clause(w []string) (string, bool) {
	w = ch.trimAddress(w)
	greeted := false
	for n := min(3, len(w)); n >= 1; n-- {
		if ch.greetings[strings.Join(w[:n], " ")] {
			greeted = true
			w = ch.trimAddressFront(w[n:])
			break
		}
	}
	kind := func(k string) string {
		if greeted {
			return CategoryGreeting
		}
		return k
	}
	if len(w) == 0 {
		if greeted {
			return CategoryGreeting, true
		}
		return CategorySmalltalk, true // only names or "lol"
	}
	for len(w) > 1 && ch.fillers[w[0]] {
		w = w[1:]
	}
	rest := strings.Join(w, " ")
	if ch.small[rest] {
		return kind(CategorySmalltalk), true
	}
	// Thanks: "ok thanks so much for the help", "cool, thank you!"
	t := w
	if len(t) > 1 && ch.acks[t[0]] {
		t = t[1:]
	}
	if i := indexWord(t, "for"); i > 0 && len(t)-i <= 5 {
		t = t[:i]
	}
	for len(t) > 0 {
		if ch.thanks[strings.Join(t, " ")] {
			return kind(CategoryThanks), true
		}
		if !ch.intensifiers[t[len(t)-1]] {
			break
		}
		t = t[:len(t)-1]
	}
	return "", false
}

func (ch *chitchatter) trimAddress(w []string) []string {
	for len(w) > 1 && ch.address[w[len(w)-1]] {
		w = w[:len(w)-1]
	}
	return w
}

func (ch *chitchatter) trimAddressFront(w []string) []string {
	for len(w) > 0 && ch.address[w[0]] {
		w = w[1:]
	}
	return w
}

func indexWord(w []string, word string) int {
	for i, x := range w {
		if x == word {
			return i
		}
	}
	return -1
}
