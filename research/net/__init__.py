"""The only code that opens sockets: DNS, HTTP and WHOIS clients."""
