package discord

import (
	"context"
	"encoding/json"
	"net/http"
	"time"
)

// MetricsHandler serves the adapter's metrics in the Prometheus text
// format.
func (a *Adapter) MetricsHandler() http.Handler { return a.metrics.Handler() }

// Health is the answer of HealthHandler.
type Health struct {
	// Status is "ok" when everything is, "unavailable" otherwise.
	Status string `json:"status"`
	// Gateway is "connected", "disconnected", or "off" for a process that
	// serves only the HTTP interactions endpoint.
	Gateway string `json:"gateway"`
	// Store is "ok", "none" (no store configured) or "error".
	Store string `json:"store"`
}

// Check reports the gateway connection and the store's reachability.
func (a *Adapter) Check(ctx context.Context) Health {
	h := Health{Status: "ok", Gateway: "connected", Store: "none"}
	switch {
	case a.noGateway:
		h.Gateway = "off"
		a.mu.RLock()
		serving := a.serving && !a.closing
		a.mu.RUnlock()
		if !serving {
			h.Status = "unavailable"
		}
	case !a.Connected():
		h.Status, h.Gateway = "unavailable", "disconnected"
	}
	if a.store != nil {
		ctx, cancel := context.WithTimeout(ctx, 2*time.Second)
		defer cancel()
		if err := a.store.Ping(ctx); err != nil {
			a.log.Warn("health: store ping", "err", err)
			h.Status, h.Store = "unavailable", "error"
		} else {
			h.Store = "ok"
		}
	}
	return h
}

// HealthHandler serves /healthz: 200 and a JSON Health when every gateway
// shard is connected (or, without a gateway, Run is serving) and the store
// answers, 503 otherwise.
func (a *Adapter) HealthHandler() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := a.Check(r.Context())
		w.Header().Set("Content-Type", "application/json")
		w.Header().Set("Cache-Control", "no-store")
		if h.Status != "ok" {
			w.WriteHeader(http.StatusServiceUnavailable)
		}
		json.NewEncoder(w).Encode(h)
	})
}
