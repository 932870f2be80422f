"""Debian's Chromium, headless under Selenium, started the way every browser oracle here needs it
(CHROMIUM and CHROMEDRIVER name other binaries)."""

import os

from selenium import webdriver
from selenium.webdriver.chrome.service import Service


def start(width=1280, height=1000, console=False, scale=None):
    """A new driver with a window of width x height CSS pixels; console=True keeps the browser's
    console log (CSP violations land there); scale fixes the device pixel ratio."""
    options = webdriver.ChromeOptions()
    options.binary_location = os.environ.get("CHROMIUM", "/usr/bin/chromium")
    arguments = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", f"--window-size={width},{height}"]
    if scale is not None:
        arguments.append(f"--force-device-scale-factor={scale}")
    for argument in arguments:
        options.add_argument(argument)
    if console:
        options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    return webdriver.Chrome(options=options, service=Service(os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver")))
