module github.com/candorbot/candor

go 1.26.0

toolchain go1.27.3

require (
	github.com/bwmarrin/discordgo v0.29.0
	github.com/gorilla/websocket v1.5.3
	github.com/kljensen/snowball v0.10.0
	github.com/mattn/go-sqlite3 v1.14.53
	github.com/sashabaranov/go-openai v1.43.0
	golang.org/x/sys v0.50.0
	golang.org/x/text v0.44.0
	gonum.org/v1/gonum v0.17.0
	gopkg.in/yaml.v3 v3.0.1
)

require (
	github.com/abadojack/whatlanggo v1.0.1 // indirect
	golang.org/x/crypto v0.59.0 // indirect
)
