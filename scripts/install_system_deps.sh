#!/usr/bin/env bash
# Install the system packages pledgeparse needs beyond the Python venv:
# - tesseract with Swedish language data, to OCR scanned PDF pages
#   (pledgeparse.readers.ocr);
# - chromium and chromium-driver, for the test that renders the HTML report in
#   a headless browser (tests/test_report.py; the report itself needs no browser).
# Idempotent: installs only what is missing. Never fails the caller because it
# cannot install (no apt-get, not root): it says what to install and exits 0;
# the OCR reader raises OcrUnavailableError with the same advice at run time and
# the browser test skips with the reason.
set -euo pipefail

have_swedish_tesseract() {
    command -v tesseract >/dev/null 2>&1 && tesseract --list-langs 2>/dev/null | grep -qx 'swe'
}
have_chromium() {
    command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1
}

MISSING=()
have_swedish_tesseract || MISSING+=(tesseract-ocr tesseract-ocr-swe)
have_chromium || MISSING+=(chromium chromium-driver)

if [ ${#MISSING[@]} -eq 0 ]; then
    echo "install_system_deps: tesseract (swe) and chromium are already installed"
    exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
    echo "install_system_deps: apt-get not available; install ${MISSING[*]} by hand (OCR and the report test need them)" >&2
    exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
    echo "install_system_deps: not root; run: sudo apt-get install ${MISSING[*]}" >&2
    exit 0
fi

export DEBIAN_FRONTEND=noninteractive
# Refresh the package lists only when apt does not know the packages yet
# (a fresh container has empty lists); `apt-get update` is slow and needs the network.
if ! apt-cache show "${MISSING[@]}" >/dev/null 2>&1; then
    apt-get update -qq
fi
if ! apt-get install -y -qq --no-install-recommends "${MISSING[@]}"; then
    echo "install_system_deps: could not install ${MISSING[*]}; OCR or the browser test will skip or fail with the reason" >&2
    exit 0
fi

if have_swedish_tesseract; then
    echo "install_system_deps: tesseract with Swedish data is installed"
else
    echo "install_system_deps: 'tesseract --list-langs' still lacks swe" >&2
    exit 1
fi
have_chromium && echo "install_system_deps: chromium is installed" || echo "install_system_deps: chromium missing; the report test will skip" >&2
exit 0
