"""A TCP proxy on loopback that can cut or freeze the link between kiosks and PostgreSQL.

``up``: bytes flow. ``cut``: every open connection is reset and new ones are reset on accept (a
pulled cable, a rebooted switch). ``freeze``: connections stay open but no byte moves either way
and new connections hang unanswered (a stalled Wi-Fi bridge: TCP sees nothing wrong, which is
what keepalives cannot detect). One selector thread serves everything; it only ever connects to
the given upstream on 127.0.0.1 and holds at most ``max_connections`` pairs.
"""

from __future__ import annotations

import contextlib
import selectors
import socket
import struct
import threading
from dataclasses import dataclass, field

UP, CUT, FREEZE = "up", "cut", "freeze"


@dataclass(eq=False)
class _Pair:
    client: socket.socket
    server: socket.socket
    to_server: bytearray = field(default_factory=bytearray)
    to_client: bytearray = field(default_factory=bytearray)


def _reset(sock: socket.socket) -> None:
    with contextlib.suppress(OSError):
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    sock.close()


class FaultProxy:
    def __init__(self, upstream_port: int, *, max_connections: int = 64) -> None:
        self.upstream = ("127.0.0.1", upstream_port)
        self.max_connections = max_connections
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._listener.setblocking(False)
        self.port = self._listener.getsockname()[1]
        self._mode = UP
        self._lock = threading.Lock()
        self._pairs: set[_Pair] = set()
        self._waiting: list[socket.socket] = []  # accepted while frozen
        self._stop = False
        self._thread = threading.Thread(target=self._loop, name="fault-proxy", daemon=True)
        self.accepted = 0

    def __enter__(self) -> FaultProxy:
        self._thread.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def set_mode(self, mode: str) -> None:
        assert mode in (UP, CUT, FREEZE)
        with self._lock:
            self._mode = mode

    def close(self) -> None:
        self._stop = True
        self._thread.join(5)
        for pair in list(self._pairs):
            self._drop(pair)
        for sock in self._waiting:
            sock.close()
        self._listener.close()

    # ------------------------------------------------------------------ the loop

    def _drop(self, pair: _Pair, *, reset: bool = False) -> None:
        self._pairs.discard(pair)
        for sock in (pair.client, pair.server):
            _reset(sock) if reset else sock.close()

    def _open(self, client: socket.socket) -> None:
        if len(self._pairs) >= self.max_connections:
            _reset(client)
            return
        try:
            server = socket.create_connection(self.upstream, timeout=2)
        except OSError:
            _reset(client)  # upstream down: the client sees a reset, as from a dead server
            return
        client.setblocking(False)
        server.setblocking(False)
        self._pairs.add(_Pair(client, server))

    def _pump(self, pair: _Pair) -> None:
        for source, buffer in ((pair.client, pair.to_server), (pair.server, pair.to_client)):
            try:
                data = source.recv(65536)
            except (BlockingIOError, InterruptedError):
                continue
            except OSError:
                data = b""
            if not data:
                self._drop(pair)
                return
            buffer.extend(data)
        for target, buffer in ((pair.server, pair.to_server), (pair.client, pair.to_client)):
            if not buffer:
                continue
            try:
                sent = target.send(buffer)
            except (BlockingIOError, InterruptedError):
                continue
            except OSError:
                self._drop(pair)
                return
            del buffer[:sent]

    def _loop(self) -> None:
        selector = selectors.DefaultSelector()
        while not self._stop:
            with self._lock:
                mode = self._mode
            try:
                client, _ = self._listener.accept()
                self.accepted += 1
                if mode == CUT:
                    _reset(client)
                elif mode == FREEZE:
                    self._waiting.append(client)
                else:
                    self._open(client)
            except BlockingIOError:
                pass
            if mode == CUT:
                for pair in list(self._pairs):
                    self._drop(pair, reset=True)
                for sock in self._waiting:
                    _reset(sock)
                self._waiting.clear()
            if mode == UP and self._waiting:
                waiting, self._waiting = self._waiting, []
                for sock in waiting:
                    self._open(sock)
            if mode == FREEZE or not self._pairs:
                threading.Event().wait(0.01)
                continue
            sockets = {}
            for pair in self._pairs:
                for sock in (pair.client, pair.server):
                    sockets[sock] = pair
                    selector.register(sock, selectors.EVENT_READ)
            ready = selector.select(0.01)
            for sock in list(sockets):
                selector.unregister(sock)
            for pair in {sockets[key.fileobj] for key, _events in ready} | {
                pair for pair in self._pairs if pair.to_client or pair.to_server
            }:
                if pair in self._pairs:
                    self._pump(pair)
