# Sourced by scripts/test.sh and .ci/run: named phases that print their durations, a table of them at the end
# (also when a phase fails), and independent commands run side by side with their logs shown in order.
phase_durations=()
phase_current=""
phase() { # phase "name" command...: runs it, records how long it took
  local name=$1 start=$SECONDS
  shift
  phase_current=$name
  echo "=== $name"
  "$@"
  phase_durations+=("$(printf '%6d s  %s' $((SECONDS - start)) "$name")")
  echo "=== $name: $((SECONDS - start)) s"
  phase_current=""
}
side_by_side() { # side_by_side "command" "command"...: in the background, each logged apart, shown in order
  local jobs=("$@") pids=() failed=0 i=0 job logs
  logs=$(mktemp -d)
  for job in "${jobs[@]}"; do
    bash -c "$job" >"$logs/$i.log" 2>&1 &
    pids+=($!)
    i=$((i + 1))
  done
  for i in "${!pids[@]}"; do
    local status=0
    wait "${pids[$i]}" || status=$?
    echo "--- $((i + 1))/${#jobs[@]}: ${jobs[$i]} (exit $status)"
    cat "$logs/$i.log"
    [ "$status" = 0 ] || failed=1
  done
  rm -rf "$logs"
  return $failed
}
phase_report() { # phase_report "title": the table of durations (trap it on EXIT)
  echo "=== $1"
  printf '%s\n' "${phase_durations[@]}"
  [ -z "$phase_current" ] || echo "(stopped during: $phase_current)"
  echo "$(printf '%6d s' "$SECONDS")  total"
}
