package referral_test

import (
	"errors"
	"testing"

	"github.com/candorbot/candor/referral"
)

func TestRegionCode(t *testing.T) {
	tests := []struct {
		r    referral.Region
		want string
	}{
		{referral.Region{}, ""},
		{region("US", "", ""), "US"},
		{region("US", "US-IL", ""), "US-IL"},
		{region("US", "US-IL", "Chicago"), "US-IL"},
		{region("FR", "", "Paris"), "FR"},
	}
	for _, tt := range tests {
		if got := tt.r.Code(); got != tt.want {
			t.Errorf("%#v.Code() = %q, want %q", tt.r, got, tt.want)
		}
		if got, want := tt.r.IsZero(), tt.want == ""; got != want {
			t.Errorf("%#v.IsZero() = %v, want %v", tt.r, got, want)
		}
	}
}

func TestRegionString(t *testing.T) {
	tests := []struct {
		r    referral.Region
		want string
	}{
		{region("US", "US-IL", "Chicago"), "Chicago, Illinois, United States"},
		{region("GB", "GB-SCT", ""), "Scotland, United Kingdom"},
		{region("GB", "GB-ENG", "London"), "London, England, United Kingdom"},
		{region("AU", "AU-NSW", "Sydney"), "Sydney, New South Wales, Australia"},
		{region("DE", "", ""), "Germany"},
		{region("FR", "", "Paris"), "Paris, France"},
		{region("ZZ", "ZZ-Q", ""), "ZZ-Q, ZZ"},
		{referral.Region{}, ""},
	}
	for _, tt := range tests {
		if got := tt.r.String(); got != tt.want {
			t.Errorf("%#v.String() = %q, want %q", tt.r, got, tt.want)
		}
	}
}

func TestRegionWithin(t *testing.T) {
	chicago := region("US", "US-IL", "Chicago")
	tests := []struct {
		r    referral.Region
		code string
		want bool
	}{
		{chicago, "US-IL", true},
		{chicago, "us-il", true},
		{chicago, "US", true},
		{chicago, " us ", true},
		{chicago, "*", true},
		{chicago, "US-IN", false},
		{chicago, "CA", false},
		{chicago, "", false},
		{region("US", "", ""), "US-IL", false},
		{region("GB", "GB-SCT", ""), "UK", true},
		{region("GB", "GB-SCT", ""), "GB", true},
		{referral.Region{}, "US", false},
		{referral.Region{}, "*", true},
	}
	for _, tt := range tests {
		if got := tt.r.Within(tt.code); got != tt.want {
			t.Errorf("%v.Within(%q) = %v, want %v", tt.r, tt.code, got, tt.want)
		}
	}
}

func TestParseRegionCode(t *testing.T) {
	d := data(t)
	tests := []struct {
		code string
		want referral.Region
	}{
		{"US", region("US", "", "")},
		{"us", region("US", "", "")},
		{"US-IL", region("US", "US-IL", "")},
		{"us-il", region("US", "US-IL", "")},
		{"GB", region("GB", "", "")},
		{"uk", region("GB", "", "")},
		{"UK-SCT", region("GB", "GB-SCT", "")},
		{"gb-wls", region("GB", "GB-WLS", "")},
		{"AU-NSW", region("AU", "AU-NSW", "")},
		{"NZ-AUK", region("NZ", "NZ-AUK", "")},
		{"CA-QC", region("CA", "CA-QC", "")},
		{"ie", region("IE", "", "")},
		{"PR", region("PR", "", "")},
	}
	for _, tt := range tests {
		got, err := d.ParseRegionCode(tt.code)
		if err != nil || got != tt.want {
			t.Errorf("ParseRegionCode(%q) = %v, %v; want %v", tt.code, got, err, tt.want)
		}
	}
	for _, bad := range []string{"", "XX", "USA", "US-XX", "Chicago", "U", "US-", "-IL", "ZZ-ZZ"} {
		if got, err := d.ParseRegionCode(bad); err == nil {
			t.Errorf("ParseRegionCode(%q) = %v, want an error", bad, got)
		} else if !errors.Is(err, referral.ErrUnknownRegion) {
			t.Errorf("ParseRegionCode(%q) error %v does not wrap ErrUnknownRegion", bad, err)
		}
	}
}
