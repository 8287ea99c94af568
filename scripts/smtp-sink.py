#!/usr/bin/env python3
"""A tiny SMTP sink for scripts/two-nodes.sh: takes every message on a loopback port and writes each to a file
(recipients on the first line, then the message), so that the checker can count them. No TLS, no auth."""
import os
import socketserver
import sys
import threading

host, port, folder = sys.argv[1], int(sys.argv[2]), sys.argv[3]
counter = 0
lock = threading.Lock()


class Session(socketserver.StreamRequestHandler):
    def reply(self, line):
        self.wfile.write((line + "\r\n").encode())
        self.wfile.flush()

    def handle(self):
        global counter
        self.reply("220 sink ESMTP")
        recipients = []
        while True:
            raw = self.rfile.readline()
            if not raw:
                return
            command = raw.decode("utf-8", "replace").strip()
            verb = command.split(" ", 1)[0].upper()
            if verb in ("EHLO", "HELO"):
                self.reply("250-sink")
                self.reply("250 8BITMIME")
            elif verb == "MAIL":
                recipients = []
                self.reply("250 OK")
            elif verb == "RCPT":
                recipients.append(command.split(":", 1)[1].strip().strip("<>"))
                self.reply("250 OK")
            elif verb == "DATA":
                self.reply("354 end with .")
                lines = []
                while True:
                    line = self.rfile.readline()
                    if not line or line in (b".\r\n", b".\n"):
                        break
                    lines.append(line)
                with lock:
                    counter += 1
                    name = os.path.join(folder, "%05d.eml" % counter)
                with open(name, "wb") as out:
                    out.write((",".join(recipients) + "\n").encode())
                    out.writelines(lines)
                self.reply("250 OK queued")
            elif verb == "QUIT":
                self.reply("221 bye")
                return
            else:
                self.reply("250 OK")


class Server(socketserver.ThreadingTCPServer):
    allow_reuse_address = True
    daemon_threads = True


Server((host, port), Session).serve_forever()
