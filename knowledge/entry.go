package knowledge

import "time"

// Kind says what an entry is for.
type Kind string

// The kinds of entry.
const (
	// KindTopic is an educational answer to a question.
	KindTopic Kind = "topic"
	// KindMyth corrects a common misconception.
	KindMyth Kind = "myth"
)

// Source is a page or paper an entry's facts come from.
type Source struct {
	Title string `json:"title" yaml:"title"`
	URL   string `json:"url" yaml:"url"`
}

// Entry is one curated answer of the knowledge base.
type Entry struct {
	ID         string    `json:"id"`
	Kind       Kind      `json:"kind"`
	Title      string    `json:"title"`
	Questions  []string  `json:"questions"`
	Tags       []string  `json:"tags"`
	Related    []string  `json:"related"`
	Sources    []Source  `json:"sources"`
	Reviewed   time.Time `json:"reviewed"`
	Claim      string    `json:"claim,omitempty"`
	Correction string    `json:"correction,omitempty"`
	// Body is the answer in Markdown.
	Body string `json:"body"`
	// File is the path the entry was loaded from, for error messages.
	File string `json:"-"`
	// Lines maps front-matter keys to their line in File; QuestionLines
	// holds the line of each question variant.
	Lines         map[string]int `json:"-"`
	QuestionLines []int          `json:"-"`
}

// IsMyth reports whether the entry corrects a misconception.
func (e *Entry) IsMyth() bool { return e.Kind == KindMyth }
