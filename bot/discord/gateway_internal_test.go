package discord

import (
	"bytes"
	"encoding/binary"
	"testing"
)

// frame builds an unmasked server frame.
func frame(opcode byte, payload []byte) []byte {
	b := []byte{0x80 | opcode}
	switch n := len(payload); {
	case n < 126:
		b = append(b, byte(n))
	case n <= 0xffff:
		b = append(b, 126, 0, 0)
		binary.BigEndian.PutUint16(b[2:], uint16(n))
	default:
		b = append(b, 127, 0, 0, 0, 0, 0, 0, 0, 0)
		binary.BigEndian.PutUint64(b[2:], uint64(n))
	}
	return append(b, payload...)
}

func TestCloseSnifferFindsTheCloseCode(t *testing.T) {
	var stream bytes.Buffer
	stream.WriteString("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\r\n")
	stream.Write(frame(1, []byte(`{"op":10,"d":{"heartbeat_interval":41250}}`)))
	// A payload that looks like a close frame must not fool it.
	stream.Write(frame(1, bytes.Repeat([]byte{0x88, 0x02, 0x0f, 0xa4}, 100)))
	stream.Write(frame(2, bytes.Repeat([]byte{0x88}, 70000)))
	stream.Write(frame(9, nil))                                                    // ping
	stream.Write(frame(8, append([]byte{0x0f, 0xae}, "Disallowed intent(s)."...))) // 4014
	for _, chunk := range []int{1, 3, 7, 4096, stream.Len()} {
		var got []int
		c := &closeSniffer{onClose: func(code int) { got = append(got, code) }}
		b := stream.Bytes()
		for len(b) > 0 {
			n := min(chunk, len(b))
			c.feed(b[:n])
			b = b[n:]
		}
		if len(got) != 1 || got[0] != 4014 {
			t.Errorf("reads of %d bytes: close codes %v, want [4014]", chunk, got)
		}
	}
}
