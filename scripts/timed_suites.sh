#!/usr/bin/env bash
# `make test`: runs each suite (a make target) in turn, stops at the first that fails, and prints
# every suite's time at the end, also after a failure.
set -uo pipefail
names=() times=() status=0
for suite in "$@"; do
  started=$(date +%s.%N)
  make --no-print-directory "$suite"
  status=$?
  names+=("$suite") times+=("$(awk -v a="$started" -v b="$(date +%s.%N)" 'BEGIN {printf "%.1f", b - a}')")
  [ $status -ne 0 ] && break
done
echo "==> Time per suite"
total=0
for i in "${!names[@]}"; do
  printf '    %-14s %7.1f s\n' "${names[$i]}" "${times[$i]}"
  total=$(awk -v a="$total" -v b="${times[$i]}" 'BEGIN {printf "%.1f", a + b}')
done
printf '    %-14s %7.1f s\n' total "$total"
if [ $status -ne 0 ]; then
  echo "==> Failed in ${names[-1]}"
  exit $status
fi
echo "==> All tests passed"
