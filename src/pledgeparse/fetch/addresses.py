"""The crawler cannot be pointed inward.

A page can link ``http://169.254.169.254/latest/meta-data/`` (a cloud
metadata service) or ``http://10.0.0.1/admin`` as easily as a PDF, and a
redirect can lead there too. So every request of a crawl, on every hop,
checks where its host name leads: a loopback, private, link-local,
multicast, reserved or otherwise non-global address is refused (E310),
whether the URL names it as an IP or by a name that resolves to it. The
check is made twice: on the resolved addresses before the request, and on
the address the connection actually reached before its body is read (a name
that resolves elsewhere the second time gains nothing).

Hosts the user named in a start URL are exempt (a crawl of an intranet
index stays possible), and ``--allow-private-hosts`` turns the check off.
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Callable, Iterable
from urllib.parse import urlsplit

from pledgeparse.errors import PrivateAddressError

Resolver = Callable[[str], list[str]]


def resolve_host(host: str) -> list[str]:
    """Every IP address the host name resolves to (none if it does not resolve)."""
    try:
        infos = socket.getaddrinfo(host, None, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError):
        return []
    return list(dict.fromkeys(str(info[4][0]) for info in infos))


def is_inward(address: str) -> bool:
    """Loopback, private, link-local, multicast, reserved, unspecified: not the public internet."""
    try:
        ip = ipaddress.ip_address(address.split("%", 1)[0])
    except ValueError:
        return False
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return not ip.is_global or ip.is_multicast


class AddressPolicy:
    """Refuses requests to inward addresses, except on the named hosts."""

    def __init__(
        self, named_hosts: Iterable[str], *, allow_private: bool = False, resolver: Resolver = resolve_host
    ) -> None:
        self.named_hosts = {host.lower() for host in named_hosts}
        self.allow_private = allow_private
        self._resolve = resolver
        self._verdicts: dict[str, str | None] = {}  # host -> an inward address, or None

    @classmethod
    def for_seeds(cls, seeds: Iterable[str], *, allow_private: bool = False) -> AddressPolicy:
        return cls((urlsplit(seed).hostname or "" for seed in seeds), allow_private=allow_private)

    def _exempt(self, host: str) -> bool:
        return self.allow_private or not host or host in self.named_hosts

    def check(self, url: str) -> None:
        """Before a request: raise :class:`PrivateAddressError` if the host leads inward."""
        host = (urlsplit(url).hostname or "").lower()
        if self._exempt(host):
            return
        if host not in self._verdicts:  # resolved once per crawl; check_peer catches a change
            inward = [address for address in [host, *self._resolve(host)] if is_inward(address)]
            self._verdicts[host] = inward[-1] if inward else None
        address = self._verdicts[host]
        if address is not None:
            raise PrivateAddressError(f"{url}: {host} leads to an inward address ({address}); not followed")

    def check_peer(self, url: str, address: str | None) -> None:
        """After connecting: the address actually reached must not be inward either."""
        host = (urlsplit(url).hostname or "").lower()
        if address is None or self._exempt(host) or not is_inward(address):
            return
        raise PrivateAddressError(f"{url}: {host} connected to an inward address ({address}); not read")
