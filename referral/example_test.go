package referral_test

import (
	"fmt"

	"github.com/candorbot/candor/referral"
)

func ExampleData_FindLocation() {
	d, err := referral.Load()
	if err != nil {
		panic(err)
	}
	loc := d.FindLocation("can you help me find a sex therapist near Austin, Texas?")
	fmt.Println(loc.Found, loc.Region, loc.Region.Code())
	fmt.Println(d.FindLocation("ok thanks, I feel so down").Found)
	// Output:
	// true Austin, Texas, United States US-TX
	// false
}

func ExampleData_ParseLocation() {
	d, err := referral.Load()
	if err != nil {
		panic(err)
	}
	loc := d.ParseLocation("London")
	fmt.Println(loc.Region.Code())
	fmt.Println(loc.Note)
	// Output:
	// GB-ENG
	// I read "London" as London, UK; for London, Ontario say "London, ON".
}

func ExampleData_Referral() {
	d, err := referral.Load()
	if err != nil {
		panic(err)
	}
	ref := d.Referral(d.ParseLocation("Chicago, IL").Region, referral.Filter{Focus: "sex therapy"})
	for _, l := range ref.Directories {
		fmt.Println(l.URL)
	}
	fmt.Println(ref.CrisisLine)
	// Output:
	// https://www.aasect.org/
	// https://www.psychologytoday.com/us/therapists/il/chicago
	// https://openpathcollective.org/
	// If you are in danger, call 911; in crisis, call or text 988.
}
