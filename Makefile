# Shortcuts over the README's commands; `bash .ci/bootstrap` does the setting up.
.PHONY: run test test-fast lint bench screenshot package

run:
	bash .ci/bootstrap run

test:
	bash .ci/bootstrap test

test-fast:
	bash .ci/bootstrap test -m "not gui"

lint:
	.venv/bin/ruff check app tests packaging/build.py

bench:
	.venv/bin/python tests/benchmark.py

screenshot:
	QT_QPA_PLATFORM=offscreen .venv/bin/duizhao --screenshot resources/screenshots/main-window.png \
		samples/plan-simplified.md samples/plan-traditional.txt

package:
	.venv/bin/python -m pip install -q pyinstaller
	.venv/bin/python packaging/build.py
