"""The floor for bench/startup.py: a pygls server that registers nothing, served over stdio."""

from pygls.lsp.server import LanguageServer

if __name__ == "__main__":
    LanguageServer("bare", "0").start_io()
