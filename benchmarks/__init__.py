"""The project's benchmarks (`make bench-*`): each prints its figures and ratios, measured side by side
in one run. Not part of the shipped package; run from the repository root (`python -m benchmarks.mock`)."""
