#!/usr/bin/env bash
# Install the system packages pledgeparse needs beyond the Python venv:
# tesseract with Swedish language data, used to OCR scanned PDF pages
# (pledgeparse.readers.ocr). Idempotent: does nothing when `tesseract
# --list-langs` already lists `swe`. Never fails the caller because it cannot
# install (no apt-get, not root): it says what to install and exits 0, and the
# OCR reader raises OcrUnavailableError with the same advice at run time.
set -euo pipefail

PACKAGES=(tesseract-ocr tesseract-ocr-swe)

have_swedish_tesseract() {
    command -v tesseract >/dev/null 2>&1 && tesseract --list-langs 2>/dev/null | grep -qx 'swe'
}

if have_swedish_tesseract; then
    echo "install_system_deps: tesseract with Swedish data is already installed"
    exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
    echo "install_system_deps: apt-get not available; install ${PACKAGES[*]} (tesseract + Swedish data) by hand for OCR" >&2
    exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
    echo "install_system_deps: not root; run: sudo apt-get install ${PACKAGES[*]}" >&2
    exit 0
fi

export DEBIAN_FRONTEND=noninteractive
# Refresh the package lists only when apt does not know the packages yet
# (a fresh container has empty lists); `apt-get update` is slow and needs the network.
if ! apt-cache show "${PACKAGES[@]}" >/dev/null 2>&1; then
    apt-get update -qq
fi
apt-get install -y -qq --no-install-recommends "${PACKAGES[@]}"

if have_swedish_tesseract; then
    echo "install_system_deps: installed ${PACKAGES[*]}"
else
    echo "install_system_deps: installed ${PACKAGES[*]} but 'tesseract --list-langs' still lacks swe" >&2
    exit 1
fi
