#!/usr/bin/env bash
# Runs the two-app end-to-end test (tests/e2e-lan/) inside a network namespace of its own, made
# by `unshare --net`: loopback is its only interface, with multicast on, so the apps' mDNS and
# QUIC traffic stays in it. X, D-Bus and the WebDriver ports live in it too. Needs root.
set -euo pipefail
ip link set lo up
ip link set lo multicast on
ip route add 224.0.0.0/4 dev lo
exec xvfb-run -a -s "-screen 0 1440x1000x24" \
  node --test --test-concurrency=1 --test-force-exit tests/e2e-lan/
