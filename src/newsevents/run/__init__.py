"""Runners: code a stream of inputs on this machine (``local``); clusters come later."""
