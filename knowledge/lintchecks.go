package knowledge

import "fmt"

// lintEntryText checks what an entry says and cites, beyond its shape: the
// reading grade of its body (Flesch-Kincaid, see ReadingGrade) and each
// source URL (see CheckSourceURL).
func lintEntryText(e *Entry) []Finding {
	var out []Finding
	at := func(key string, sev Severity, msg string) {
		out = append(out, Finding{File: e.File, Line: e.Lines[key], Severity: sev, Msg: msg})
	}
	st := CountText(PlainText(e.Body))
	switch g := st.Grade(); {
	case g > MaxGrade:
		at("", SevError, fmt.Sprintf("body reads at grade %.1f (Flesch-Kincaid; %d words, %d sentences, %d syllables); it must be at most %.0f and should be at most %.0f: shorter sentences, common words", g, st.Words, st.Sentences, st.Syllables, MaxGrade, WarnGrade))
	case g > WarnGrade:
		at("", SevWarning, fmt.Sprintf("body reads at grade %.1f (Flesch-Kincaid; %d words, %d sentences, %d syllables); aim for %.0f or below: shorter sentences, common words", g, st.Words, st.Sentences, st.Syllables, WarnGrade))
	}
	for _, s := range e.Sources {
		for _, p := range CheckSourceURL(s.URL) {
			at("sources", p.Severity, p.Msg)
		}
	}
	return out
}
