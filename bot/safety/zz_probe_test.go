package safety_test

import (
	"bufio"
	"fmt"
	"os"
	"testing"

	"github.com/candorbot/candor/bot/safety"
)

func TestZZProbe(t *testing.T) {
	p := os.Getenv("PROBE")
	if p == "" {
		t.Skip()
	}
	f, _ := os.Open(p)
	defer f.Close()
	c := safety.New()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		v := c.Classify(sc.Text())
		fmt.Printf("%-8s %-16s %-45s sup=%v | %s\n", v.Action, v.Category, v.Rule, v.Support, sc.Text())
	}
}
