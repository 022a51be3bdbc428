# Shortcuts for the scripts the README and CI run.
.PHONY: setup demo test bench

setup:
	bash scripts/setup.sh --test

demo:
	bash scripts/demo.sh

test:
	bash scripts/test.sh

bench:
	.venv/bin/python bench/bench_extract.py --mb 20
