package bot

import "testing"

// TestProfessionalPrefilterMissesNoMatch checks that the literal prefilter
// in front of professionalRe lets through every word the regexp matches,
// so skipping the regexp never changes an answer.
func TestProfessionalPrefilterMissesNoMatch(t *testing.T) {
	for _, text := range []string{
		"find me a sex therapist", "SexTherapists near me", "a Therapist in Leeds", "therapy in Ohio",
		"counselor", "counsellors", "counseling nearby", "counselling in Bristol", "a sexologist", "psychologists",
		"a psychiatrist", "psychotherapists in Berlin", "a specialist", "professionals", "a clinic", "clinics",
		"a doctor", "doctors", "providers near me", "somebody to talk to", "Someone To Talk To",
	} {
		if !professionalRe.MatchString(text) {
			t.Errorf("%q: the regexp itself does not match; fix the table", text)
		}
		if !mayNameProfessional(text) {
			t.Errorf("%q matches professionalRe but the prefilter skips it", text)
		}
	}
	for _, text := range []string{"what is sensate focus", "is it normal to want sex less than my partner"} {
		if mayNameProfessional(text) {
			t.Errorf("%q: the prefilter should skip the regexp", text)
		}
	}
}
