{
  "objectClassName": "domain",
  "handle": "2891234567_DOMAIN_COM-VRSN",
  "ldhName": "RDAP-ONLY-SHOP.COM",
  "links": [{"value": "https://rdap.lab-registry.test/domain/RDAP-ONLY-SHOP.COM", "rel": "self",
             "href": "https://rdap.lab-registry.test/domain/RDAP-ONLY-SHOP.COM", "type": "application/rdap+json"}],
  "status": ["client transfer prohibited"],
  "entities": [
    {
      "objectClassName": "entity",
      "handle": "1068",
      "roles": ["registrar"],
      "publicIds": [{"type": "IANA Registrar ID", "identifier": "1068"}],
      "vcardArray": ["vcard", [["version", {}, "text", "4.0"], ["fn", {}, "text", "NameCheap, Inc."]]],
      "entities": [
        {
          "objectClassName": "entity",
          "roles": ["abuse"],
          "vcardArray": ["vcard", [["version", {}, "text", "4.0"], ["fn", {}, "text", ""],
                                   ["tel", {"type": "voice"}, "uri", "tel:+1.6613102107"],
                                   ["email", {}, "text", "abuse@namecheap.com"]]]
        }
      ]
    },
    {
      "objectClassName": "entity",
      "roles": ["registrant"],
      "vcardArray": ["vcard", [["version", {}, "text", "4.0"], ["fn", {}, "text", ""],
                               ["org", {}, "text", "Rdap Only Shop Ltd"],
                               ["adr", {"cc": "GB"}, "text", ["", "", "", "", "", "", ""]]]],
      "remarks": [{"title": "REDACTED FOR PRIVACY", "type": "object redacted due to authorization",
                   "description": ["Some of the data in this object has been removed."]}]
    }
  ],
  "events": [
    {"eventAction": "registration", "eventDate": "2016-04-07T10:11:12Z"},
    {"eventAction": "expiration", "eventDate": "2027-04-07T10:11:12Z"},
    {"eventAction": "last changed", "eventDate": "2026-03-01T08:00:00Z"},
    {"eventAction": "last update of RDAP database", "eventDate": "2026-11-24T09:00:00Z"}
  ],
  "secureDNS": {"delegationSigned": false},
  "nameservers": [
    {"objectClassName": "nameserver", "ldhName": "DNS1.REGISTRAR-SERVERS.COM"},
    {"objectClassName": "nameserver", "ldhName": "DNS2.REGISTRAR-SERVERS.COM"}
  ],
  "rdapConformance": ["rdap_level_0", "icann_rdap_technical_implementation_guide_1"],
  "notices": [{"title": "Terms of Use", "description": ["Service subject to Terms of Use."]}]
}
