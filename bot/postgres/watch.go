package postgres

import (
	"context"
	"time"

	"github.com/jackc/pgx/v5"
)

// Reconnect backoff of WatchSettings.
const (
	watchRetryMin = 500 * time.Millisecond
	watchRetryMax = 30 * time.Second
)

// WatchSettings calls changed with the guild id of every settings save
// made through any Store on this database, until ctx ends; it then returns
// ctx's error. It LISTENs on its own connection (outside the pool) and
// calls changed("") each time LISTEN is in place, first at the start:
// saves made before then (a process caching settings while the watch
// starts, or while it reconnects with backoff after losing its
// connection) were not heard. Saves made by this process are reported too.
func (s *Store) WatchSettings(ctx context.Context, changed func(guildID string)) error {
	wait := watchRetryMin
	for {
		listening, err := s.listen(ctx, changed)
		if ctx.Err() != nil {
			return ctx.Err()
		}
		if listening {
			wait = watchRetryMin
		}
		s.log.Warn("settings watch lost its connection; cached settings expire by their TTL until it is back",
			"err", err, "retry_in", wait.String())
		t := time.NewTimer(wait)
		select {
		case <-ctx.Done():
			t.Stop()
			return ctx.Err()
		case <-t.C:
		}
		wait = min(2*wait, watchRetryMax)
	}
}

// listen opens a connection, LISTENs and reports notifications until the
// connection fails or ctx ends, calling changed("") once LISTEN is in
// place. listening says whether LISTEN succeeded.
func (s *Store) listen(ctx context.Context, changed func(string)) (listening bool, err error) {
	conn, err := pgx.ConnectConfig(ctx, s.connConfig)
	if err != nil {
		return false, err
	}
	defer func() {
		cctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
		defer cancel()
		conn.Close(cctx)
	}()
	if _, err := conn.Exec(ctx, "LISTEN "+settingsChannel); err != nil {
		return false, err
	}
	changed("")
	for {
		n, err := conn.WaitForNotification(ctx)
		if err != nil {
			return true, err
		}
		if n.Channel == settingsChannel && n.Payload != "" {
			changed(n.Payload)
		}
	}
}
