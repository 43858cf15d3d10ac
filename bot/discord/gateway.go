package discord

import (
	"context"
	"crypto/tls"
	"encoding/binary"
	"fmt"
	"net"
	"net/http"
	"sync"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/gorilla/websocket"
)

// fatalCloseCodes are the gateway close codes that reconnecting cannot
// fix, each with what the operator should do.
var fatalCloseCodes = map[int]string{
	4004: "authentication failed: DISCORD_TOKEN is wrong or was reset; copy the token from the application's Bot page",
	4010: "invalid shard: check DISCORD_SHARD_ID and DISCORD_SHARD_COUNT",
	4011: "sharding required: the bot is in too many servers for one connection; set DISCORD_SHARD_COUNT=auto (or a count, with DISCORD_SHARD_IDS per process; see docs/scaling.md)",
	4012: "invalid API version: this Candor build speaks a gateway version Discord no longer accepts; upgrade Candor",
	4013: "invalid intents: this Candor build asks for intents Discord does not know; upgrade Candor",
	4014: "disallowed intents: Discord refused an intent this build asks for (Candor needs no privileged intent); check the build",
}

// FatalCloseError is what Run returns when Discord closes the gateway with
// a code that reconnecting cannot fix (4004, 4010-4014). Its message says
// what to change.
type FatalCloseError struct {
	// Code is the gateway close code.
	Code int
	// Advice says what the operator should do.
	Advice string
}

// Error implements error.
func (e *FatalCloseError) Error() string {
	return fmt.Sprintf("Discord closed the gateway with code %d (%s)", e.Code, e.Advice)
}

// fatalWatch records the first fatal close of a Run.
type fatalWatch struct {
	mu  sync.Mutex
	err *FatalCloseError
	ch  chan struct{}
}

func (w *fatalWatch) reset() {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.err = nil
	w.ch = make(chan struct{})
}

func (w *fatalWatch) set(e *FatalCloseError) {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.err != nil || w.ch == nil {
		return
	}
	w.err = e
	close(w.ch)
}

// get returns the fatal close, or nil.
func (w *fatalWatch) get() error {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.err == nil {
		return nil
	}
	return w.err
}

func (w *fatalWatch) done() <-chan struct{} {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.ch
}

// gatewayDialer returns the websocket dialer for s: discordgo's default
// settings, but every connection's incoming frames are watched for a close
// frame with a fatal code. discordgo reconnects forever whatever the code;
// on a fatal one the dialer turns its reconnection off and tells Run.
//
// Frames can only be read below TLS when Candor makes the TLS connection
// itself, which it does unless a proxy is configured for the gateway
// (HTTPS_PROXY): then the dialer is discordgo's, and fatal codes are only
// caught when opening the gateway (Run's first connection), not on a later
// reconnect.
func gatewayDialer(s *discordgo.Session, w *fatalWatch) *websocket.Dialer {
	d := *websocket.DefaultDialer
	if proxied() {
		return &d
	}
	onClose := func(code int) {
		advice, fatal := fatalCloseCodes[code]
		if !fatal {
			return
		}
		// Called from the goroutine reading the connection, the one that
		// then decides whether to reconnect.
		s.ShouldReconnectOnError = false
		w.set(&FatalCloseError{Code: code, Advice: advice})
	}
	nd := &net.Dialer{Timeout: 30 * time.Second, KeepAlive: 30 * time.Second}
	d.Proxy = nil
	d.NetDialContext = func(ctx context.Context, network, addr string) (net.Conn, error) {
		c, err := nd.DialContext(ctx, network, addr)
		if err != nil {
			return nil, err
		}
		return &closeSniffer{Conn: c, onClose: onClose}, nil
	}
	d.NetDialTLSContext = func(ctx context.Context, network, addr string) (net.Conn, error) {
		host, _, err := net.SplitHostPort(addr)
		if err != nil {
			return nil, err
		}
		raw, err := nd.DialContext(ctx, network, addr)
		if err != nil {
			return nil, err
		}
		tc := tls.Client(raw, &tls.Config{ServerName: host, MinVersion: tls.VersionTLS12})
		if err := tc.HandshakeContext(ctx); err != nil {
			raw.Close()
			return nil, err
		}
		return &closeSniffer{Conn: tc, onClose: onClose}, nil
	}
	return &d
}

// proxied reports whether the environment configures a proxy for the
// gateway (http.ProxyFromEnvironment, which discordgo's dialer uses).
func proxied() bool {
	req, err := http.NewRequest(http.MethodGet, "https://gateway.discord.gg/", nil)
	if err != nil {
		return false
	}
	u, err := http.ProxyFromEnvironment(req)
	return err != nil || u != nil
}

// closeSniffer watches the bytes a websocket client reads for a close
// frame and reports its code. It skips the HTTP handshake, then follows
// the frame headers (server frames are not masked). On anything it does
// not understand it stops watching; it never changes the bytes.
type closeSniffer struct {
	net.Conn
	onClose func(code int)

	state   int // sniffHandshake, sniffHeader, sniffPayload, sniffOff
	tail    uint32
	hdr     []byte
	left    uint64
	opcode  byte
	payload []byte
}

const (
	sniffHandshake = iota
	sniffHeader
	sniffPayload
	sniffOff
)

// Read implements net.Conn.
func (c *closeSniffer) Read(p []byte) (int, error) {
	n, err := c.Conn.Read(p)
	if n > 0 && c.state != sniffOff {
		c.feed(p[:n])
	}
	return n, err
}

func (c *closeSniffer) feed(b []byte) {
	for len(b) > 0 {
		switch c.state {
		case sniffHandshake:
			// The handshake ends with an empty line.
			c.tail = c.tail<<8 | uint32(b[0])
			b = b[1:]
			if c.tail == 0x0d0a0d0a {
				c.state = sniffHeader
			}
		case sniffHeader:
			c.hdr = append(c.hdr, b[0])
			b = b[1:]
			if len(c.hdr) < 2 {
				continue
			}
			need := 2
			switch c.hdr[1] & 0x7f {
			case 126:
				need += 2
			case 127:
				need += 8
			}
			if c.hdr[1]&0x80 != 0 {
				need += 4
			}
			if len(c.hdr) < need {
				continue
			}
			c.opcode = c.hdr[0] & 0x0f
			switch l := c.hdr[1] & 0x7f; l {
			case 126:
				c.left = uint64(binary.BigEndian.Uint16(c.hdr[2:4]))
			case 127:
				c.left = binary.BigEndian.Uint64(c.hdr[2:10])
			default:
				c.left = uint64(l)
			}
			c.hdr = c.hdr[:0]
			c.payload = c.payload[:0]
			if c.opcode == websocket.CloseMessage && c.left > 125 {
				c.state = sniffOff // not a valid close frame
				return
			}
			c.state = sniffPayload
			if c.left == 0 {
				c.endFrame()
			}
		case sniffPayload:
			k := min(uint64(len(b)), c.left)
			if c.opcode == websocket.CloseMessage {
				c.payload = append(c.payload, b[:k]...)
			}
			b = b[k:]
			c.left -= k
			if c.left == 0 {
				c.endFrame()
			}
		default:
			return
		}
	}
}

func (c *closeSniffer) endFrame() {
	c.state = sniffHeader
	if c.opcode == websocket.CloseMessage && len(c.payload) >= 2 {
		c.onClose(int(binary.BigEndian.Uint16(c.payload[:2])))
	}
}
