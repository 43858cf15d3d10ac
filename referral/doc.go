// Package referral turns what people say about where they are into regions, and regions into
// the links a referral reply shows: therapist directories with deep links where a directory has
// them, crisis lines and emergency numbers, and a short checklist for choosing a therapist.
//
// The package is pure: everything it knows comes from the data files embedded from data/
// (a gazetteer of countries, subdivisions and cities, postal-code prefixes, directories and
// crisis lines), parsed once by [Load] into an immutable [Data] that is safe for concurrent use.
// It does no network or file I/O at run time.
//
// Location parsing has two entry points. [Data.ParseLocation] reads text that is only a
// location ("Chicago, IL", "M5V 2T6", "Deutschland"). [Data.FindLocation] looks for a location
// inside a whole message and is deliberately conservative: place names that are also ordinary
// words or given names ("Reading", "Mobile", "Austin"), and two-letter codes that are words
// ("IN", "OR", "ME", "OK"), only count with supporting context such as "in", "near" or a
// following state or country.
package referral
