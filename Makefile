# Shortcuts over the README's commands; `bash .ci/bootstrap` does the setting up.
PREFIX ?= /usr/local

.PHONY: run test test-fast lint bench screenshot package install sdist wheel

run:
	bash .ci/bootstrap run

test:
	bash .ci/bootstrap test

test-fast:
	bash .ci/bootstrap test -m "not gui"

lint:
	.venv/bin/ruff check app tests packaging

bench:
	.venv/bin/python tests/benchmark.py

screenshot:
	QT_QPA_PLATFORM=offscreen .venv/bin/duizhao --screenshot resources/screenshots/main-window.png \
		samples/plan-simplified.md samples/plan-traditional.txt

# The desktop bundle in dist/duizhao-VERSION, built and then checked (packaging/bundle.py).
package:
	bash .ci/bootstrap package

# The bundle, desktop entry, metainfo, MIME type, icons and man page under PREFIX.
install:
	bash packaging/install.sh "$(PREFIX)"

sdist wheel:
	.venv/bin/python -m pip install -q build
	.venv/bin/python -m build --$@ --outdir dist
