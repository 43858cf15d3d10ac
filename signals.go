package main

import (
	"context"
	"fmt"
	"io"
	"os"
)

// interruptContext returns a context cancelled by the first signal on sigs
// (Ctrl-C, SIGTERM), so the bot drains and stops cleanly. A second signal
// means "now": it prints why and calls exit(130) at once, without waiting
// for the drain. stop releases the goroutine watching sigs.
func interruptContext(parent context.Context, sigs <-chan os.Signal, stderr io.Writer, exit func(int)) (ctx context.Context, stop func()) {
	ctx, cancel := context.WithCancel(parent)
	quit := make(chan struct{})
	go func() {
		select {
		case <-sigs:
			cancel()
		case <-quit:
			return
		}
		fmt.Fprintln(stderr, "candor: stopping (press Ctrl-C again to quit at once)")
		select {
		case <-sigs:
			fmt.Fprintln(stderr, "candor: second signal: quitting now")
			exit(130)
		case <-quit:
		}
	}()
	return ctx, func() { close(quit); cancel() }
}
