#!/usr/bin/env bash
# Prints the path of a working Python 3.10 (the Rasa 3.6 runtime), searched in the order DESIGN.md
# gives: $RASA_PYTHON, python3.10 on PATH, pyenv, uv. Exits 1 with one sentence of help otherwise.
set -u
works() { [ -n "$1" ] && "$1" -c 'import sys; assert sys.version_info[:2] == (3, 10)' >/dev/null 2>&1; }
candidates=("${RASA_PYTHON:-}" "$(command -v python3.10 2>/dev/null)")
if command -v pyenv >/dev/null 2>&1; then
  prefix=$(pyenv prefix 3.10 2>/dev/null | head -n1)
  [ -n "$prefix" ] && candidates+=("$prefix/bin/python")
fi
if command -v uv >/dev/null 2>&1; then
  candidates+=("$(uv python find 3.10 2>/dev/null)")
fi
for c in "${candidates[@]}"; do
  if works "$c"; then echo "$c"; exit 0; fi
done
echo "mediabot needs Python 3.10 for Rasa 3.6: install it (e.g. 'pyenv install 3.10' or 'uv python install 3.10') or set RASA_PYTHON=/path/to/python3.10." >&2
exit 1
