package discord

import (
	"strings"
	"unicode/utf8"
)

// Discord's size limits, in characters (code points).
const (
	maxContent           = 2000
	maxEmbedTitle        = 256
	maxEmbedDescription  = 4096
	maxFieldName         = 256
	maxFieldValue        = 1024
	maxFields            = 25
	maxFooter            = 2048
	maxEmbedTotal        = 6000
	maxChoices           = 25
	maxChoiceName        = 100
	maxChoiceValue       = 100
	maxCustomID          = 100
	maxButtonLabel       = 80
	maxRows              = 5
	maxRowButtons        = 5
	maxSelectOptions     = 25
	maxSelectLabel       = 100
	maxSelectValue       = 100
	maxSelectDescription = 100
)

// ellipsis marks text cut to fit.
const ellipsis = "…"

// runeLen is the length Discord counts.
func runeLen(s string) int { return utf8.RuneCountInString(s) }

// truncate cuts s to at most n characters, preferring a word boundary and
// marking the cut with an ellipsis.
func truncate(s string, n int) string {
	if n <= 0 {
		return ""
	}
	if runeLen(s) <= n {
		return s
	}
	if n == 1 {
		return ellipsis
	}
	cut := prefixRunes(s, n-1)
	if i := strings.LastIndexAny(cut, " \n\t"); i > len(cut)*3/4 {
		cut = cut[:i]
	}
	return strings.TrimRight(cut, " \n\t") + ellipsis
}

// prefixRunes returns the first n characters of s.
func prefixRunes(s string, n int) string {
	i := 0
	for j := range s {
		if i == n {
			return s[:j]
		}
		i++
	}
	return s
}

// splitText splits s into chunks of at most n characters, at paragraph,
// line or word boundaries where it can; no text is lost.
func splitText(s string, n int) []string {
	var out []string
	s = strings.TrimSpace(s)
	for s != "" {
		if runeLen(s) <= n {
			out = append(out, s)
			break
		}
		head := prefixRunes(s, n)
		cut := -1
		for _, sep := range []string{"\n\n", "\n", ". ", " "} {
			if i := strings.LastIndex(head, sep); i > len(head)/3 {
				cut = i + len(sep)
				break
			}
		}
		if cut <= 0 {
			cut = len(head)
		}
		out = append(out, strings.TrimSpace(s[:cut]))
		s = strings.TrimSpace(s[cut:])
	}
	return out
}
