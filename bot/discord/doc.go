// Package discord is Candor's Discord adapter. It translates discordgo
// gateway events and interactions into bot.Request values and bot.Reply
// values into Discord messages, embeds and components, and nothing more:
// every decision about what to say is the core's (package bot).
//
// An Adapter is built from a Config by New and served by Run. It answers
// slash commands (/ask, /myth, /topics, /find-therapist, /crisis, /about,
// /candor-admin), the "Check for myths" message command, mentions and
// direct messages; it acknowledges every interaction within Discord's
// three-second deadline, rate-limits people and servers politely, keeps
// crisis replies private, and exposes Prometheus metrics and a health check.
package discord
