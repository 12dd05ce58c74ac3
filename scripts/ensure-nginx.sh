#!/usr/bin/env bash
# The cluster tests and `npm run cluster` put Debian's nginx in front of the app servers.
exec bash "$(dirname "$0")/ensure-apt.sh" nginx /usr/sbin/nginx
