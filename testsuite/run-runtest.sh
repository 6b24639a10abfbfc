#!/bin/bash
# Run one vmapcheck DejaGnu driver and judge the result strictly.
#
#   run-runtest.sh <driver.exp> <outdir> <plugin> <cc> [runtest args...]
#
#   driver.exp  a driver relative to testsuite/ (vmapcheck.dg/dg.exp), or
#               one with a file selection (dg.exp=compound-loop.c);
#               extra runtest arguments may follow (e.g. -v)
#   outdir      where vmapcheck.sum/.log and the objects go (created)
#   plugin      the plugin to load (made absolute)
#   cc          the compiler that loads it (gcc, gcc-12, gcc-11, ...)
#
# runtest's own exit status misses several failures (a malformed directive
# prints ERROR: and skips the test; a driver that finds no test passes), so
# this also fails when the .sum/.log has a FAIL, XPASS, KPASS, UNRESOLVED or
# ERROR: line, or when "# of expected passes" is missing or 0.
# RUNTEST in the environment names the runtest to use (default: runtest).

set -u

if [ $# -lt 4 ]; then
	echo "usage: $0 <driver.exp> <outdir> <plugin> <cc> [runtest args...]" >&2
	exit 2
fi

driver=$1
outdir=$2
plugin=$3
cc=$4
shift 4

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
runtest=${RUNTEST:-runtest}

if ! command -v "$runtest" >/dev/null 2>&1; then
	echo "run-runtest: '$runtest' not found (install dejagnu)" >&2
	exit 1
fi

# runtest 1.6.3 takes a driver either relative to the testsuite directory
# (vmapcheck.dg/dg.exp; an absolute path makes it crash) or, to pick test
# files, as a bare name with a selection (dg.exp=foo.c).
case $driver in
	*.exp=*)
		driver=${driver##*/}
		;;
	*)
		driver=${driver#"$here"/}
		if [ ! -f "$here/$driver" ]; then
			echo "run-runtest: driver '$driver' does not exist under $here" >&2
			exit 1
		fi
		;;
esac

case $plugin in
	/*) ;;
	*) plugin=$(pwd)/$plugin ;;
esac

mkdir -p "$outdir" || exit 1
outdir=$(cd "$outdir" && pwd)
sum=$outdir/vmapcheck.sum
log=$outdir/vmapcheck.log
rm -f "$sum" "$log"

# runtest leaves objects and a dbg.log in the current directory.
cd "$outdir" || exit 1
# vmapcheck-link is built next to the plugin (build/link/ beside build/plugin/)
link=${VMAPCHECK_LINK:-$(dirname "$plugin")/../link/vmapcheck-link}
"$runtest" --tool vmapcheck --srcdir "$here" --outdir "$outdir" \
	"VMAPCHECK_PLUGIN=$plugin" "VMAPCHECK_CC=$cc" "VMAPCHECK_LINK=$link" "$driver" "$@" \
	>"$outdir/runtest.out" 2>&1
rc=$?

status=0
if [ ! -f "$sum" ]; then
	echo "run-runtest: runtest wrote no $sum (exit status $rc); its output:" >&2
	cat "$outdir/runtest.out" >&2
	exit 1
fi

# The summary: every unexpected result, then the counts.
grep -E '^(FAIL|XPASS|KPASS|UNRESOLVED|ERROR):' "$sum" || true
sed -n '/=== vmapcheck Summary ===/,$p' "$sum"
echo

if [ $rc -ne 0 ]; then
	echo "run-runtest: runtest exited with status $rc" >&2
	status=1
fi
bad=$(cat "$sum" "$log" 2>/dev/null | grep -cE '^(FAIL|XPASS|KPASS|UNRESOLVED):')
if [ "$bad" -ne 0 ]; then
	echo "run-runtest: $bad FAIL/XPASS/KPASS/UNRESOLVED line(s) (details in $log)" >&2
	status=1
fi
errors=$(cat "$sum" "$log" "$outdir/runtest.out" 2>/dev/null | grep -E '^ERROR:' | sort -u)
if [ -n "$errors" ]; then
	echo "run-runtest: runtest reported errors:" >&2
	echo "$errors" >&2
	status=1
fi
passes=$(sed -n 's/^# of expected passes[[:space:]]*\([0-9][0-9]*\)$/\1/p' "$sum" | tail -n 1)
if [ -z "$passes" ] || [ "$passes" -eq 0 ]; then
	echo "run-runtest: no test passed ('# of expected passes' is missing or 0): the run executed no test" >&2
	status=1
fi

if [ $status -eq 0 ]; then
	echo "run-runtest: OK ($passes expected passes)"
fi
exit $status
