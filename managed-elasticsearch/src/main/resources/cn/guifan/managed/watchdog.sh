# Guifan watchdog: stops the managed Elasticsearch node when the process that owns it dies,
# including when that process is killed with SIGKILL and no shutdown hook can run.
# POSIX sh, run by "sh -c" through eval of the environment variable GUIFAN_WATCHDOG_SCRIPT.
#
# usage: sh -c 'eval "$GUIFAN_WATCHDOG_SCRIPT"' guifan-watchdog MODE PROCESS_GROUP GRACE_SECONDS OWNER_PID
#   MODE pipe: the owner is our parent JVM, which holds the other end of our stdin; end of
#              file on stdin means it is gone, however it died.
#   MODE poll: the owner is another process (the Maven build); check every second that it
#              still exists, comparing its start time so that a reused pid does not count.

mode=$1
group=$2
grace=$3
owner=$4

say() {
	echo "$(date '+%Y-%m-%dT%H:%M:%S') guifan-watchdog[$$] node group $group: $*"
}

# Whether a process of the group still runs. Zombies do not count: they have exited and only
# wait for init to reap them, which some container inits do late.
group_alive() {
	if [ -r /proc/self/stat ] && command -v awk >/dev/null 2>&1; then
		# cat, not awk, opens the files: a process may exit between the glob and the read.
		cat /proc/[0-9]*/stat 2>/dev/null | awk -v group="$group" '
			{ sub(/^.*\) /, ""); if ($3 == group && $1 != "Z") { found = 1; exit } }
			END { exit !found }'
	else
		kill -s 0 -- "-$group" 2>/dev/null
	fi
}

# The running processes of the group except its leader, if /proc can tell.
followers() {
	if [ -r /proc/self/stat ] && command -v awk >/dev/null 2>&1; then
		cat /proc/[0-9]*/stat 2>/dev/null | awk -v group="$group" '
			{ pid = $1; sub(/^.*\) /, ""); if ($3 == group && $1 != "Z" && pid != group) print pid }'
	fi
}

stop_node() {
	if group_alive; then
		say "$1, stopping the node"
		# The leader is the launcher (runuser, or the Elasticsearch CLI when not root) and
		# exits with its child; runuser, signalled itself, would wait two more seconds.
		pids=$(followers)
		if [ -n "$pids" ]; then
			kill -s TERM $pids 2>/dev/null
		else
			kill -s TERM -- "-$group" 2>/dev/null
		fi
		waited=0
		while group_alive && [ "$waited" -lt "$grace" ]; do
			sleep 1
			waited=$((waited + 1))
		done
		if group_alive; then
			say "still running after ${grace}s, killing it"
			kill -s KILL -- "-$group" 2>/dev/null
		fi
	fi
	exit 0
}

# Half a second where sleep takes fractions (GNU, busybox), else the POSIX second.
nap() {
	sleep 0.5 2>/dev/null || sleep 1
}

# Field 22 of /proc/PID/stat, counted after the command name, which may contain spaces.
start_time() {
	sed 's/^.*) //' "/proc/$1/stat" 2>/dev/null | cut -d ' ' -f 20
}

# Signals meant for a terminal or a build must not end the watch without the clean-up.
trap '' INT HUP
trap 'stop_node "watchdog terminated"' TERM

say "watching (mode $mode, owner $owner)"
case "$mode" in
pipe)
	while read -r _; do :; done
	stop_node "owner $owner exited"
	;;
poll)
	owner_start=$(start_time "$owner")
	while group_alive; do
		if [ -n "$owner_start" ]; then
			[ "$(start_time "$owner")" = "$owner_start" ] || stop_node "owner $owner exited"
		else
			kill -s 0 "$owner" 2>/dev/null || stop_node "owner $owner exited"
		fi
		nap
	done
	say "node exited, nothing to do"
	;;
*)
	say "unknown mode '$mode'"
	exit 2
	;;
esac
