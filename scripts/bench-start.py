#!/usr/bin/env python3
"""Start-up, measured: a one-turn scripted `play`, from process start to exit.

    cargo build --release && python3 scripts/bench-start.py [BINARY] [RUNS]

Prints the minimum, median and 90th percentile wall time over RUNS runs (default 40).
"""
import os
import statistics
import subprocess
import sys
import tempfile
import time

binary = sys.argv[1] if len(sys.argv) > 1 else "target/release/deskdrill"
runs = int(sys.argv[2]) if len(sys.argv) > 2 else 40
with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as script:
    script.write("hello, IT helpdesk, this is Sam\n/end\n")
cmd = [binary, "play", "impostor-reset", "--lang", "en", "--seed", "1",
       "--script", script.name, "--no-save"]
times = []
for _ in range(runs):
    start = time.perf_counter()
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    times.append((time.perf_counter() - start) * 1000)
os.unlink(script.name)
times.sort()
print(f"one-turn play, {runs} runs: min {times[0]:.1f} ms, median {statistics.median(times):.1f} ms, "
      f"p90 {times[int(runs * 0.9)]:.1f} ms")
