package referral_test

import (
	"sync"
	"testing"

	"github.com/candorbot/candor/referral"
)

var loadOnce = sync.OnceValues(referral.Load)

// data returns the embedded data, loaded once for the whole test binary.
func data(tb testing.TB) *referral.Data {
	tb.Helper()
	d, err := loadOnce()
	if err != nil {
		tb.Fatalf("Load: %v", err)
	}
	return d
}

func region(country, sub, city string) referral.Region {
	return referral.Region{Country: country, Subdivision: sub, City: city}
}
