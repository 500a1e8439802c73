import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { family } from '../statfund/calc.js'
import { client } from './draws.js'

/** Transport-layer knowledge: TCP against UDP, the handshake, port ranges, refused against dropped. */
export const TRANSPORT_FAMILIES: readonly ScenarioFamily[] = [
  family('tcp-three-way-handshake-order', (rng) => ({
    stem: `A packet capture at ${client(rng)} shows a client opening a TCP connection to a web server. In which order do the first three segments appear?`,
    key: 'SYN, SYN-ACK, ACK',
    wrong: [
      ['SYN, ACK, SYN-ACK', 'put the client’s acknowledgement before the server’s reply'],
      ['SYN, ACK, FIN', 'mixed the connection close into the opening'],
      ['SYN-ACK, SYN, ACK', 'had the server speak first'],
      ['ACK, SYN, SYN-ACK', 'started with an acknowledgement of nothing'],
    ],
  })),
  family('udp-for-voice-and-video', (rng) => ({
    stem: `${client(rng)}’s video calls stutter and the provider says the media is carried over UDP. Why do real-time media use UDP rather than TCP?`,
    key: 'A late packet is useless, so retransmitting it only adds delay',
    wrong: [
      ['UDP encrypts the media, which TCP cannot do', 'credited UDP with encryption'],
      ['UDP guarantees that packets arrive in order', 'gave UDP the ordering TCP provides'],
      ['UDP packets are larger, so fewer are needed', 'thought UDP carries more per packet'],
      [
        'UDP is the only protocol that firewalls let through',
        'took a firewall habit for the reason',
      ],
    ],
  })),
  family('dns-over-tcp-for-large-answers', (rng) => ({
    stem: `${client(rng)} allows only UDP 53 to its DNS server, and some lookups and all zone transfers to the secondary fail. What is missing?`,
    key: 'TCP 53: large answers and zone transfers use TCP',
    wrong: [
      ['UDP 853: zone transfers use the TLS port', 'took DNS over TLS for zone transfers'],
      ['TCP 443: large answers fall back to HTTPS', 'took DNS over HTTPS for the fallback'],
      ['UDP 67: the secondary fetches the zone by DHCP', 'mixed DHCP into DNS replication'],
      ['Nothing: DNS uses only UDP, so the secondary is broken', 'thought DNS never uses TCP'],
    ],
  })),
  family('ephemeral-source-port-range', (rng) => {
    const port = rng.int(49152, 65000)
    return {
      stem: `A firewall log at ${client(rng)} shows a laptop connecting from source port ${port} to a web server on 443. What is port ${port}?`,
      key: 'A temporary (ephemeral) port the laptop’s OS picked',
      wrong: [
        [
          'A registered port of a service running on the laptop',
          'read a dynamic port as a registered one',
        ],
        [
          'A well-known port of malware, so the laptop is infected',
          'took a random high port for a known threat',
        ],
        ['The web server’s port, translated by NAT', 'took the source port for the destination'],
        ['A port the firewall assigned to the session', 'thought the firewall picks source ports'],
      ],
    }
  }),
  family('connection-refused-versus-timed-out', (rng) => {
    const refused = rng.next() < 0.5
    return {
      stem: `Testing a new service at ${client(rng)}, a port check ${refused ? 'fails at once with “connection refused”' : 'hangs and then reports “timed out”'}. What does that most likely mean?`,
      key: refused
        ? 'The host answered, but nothing listens on that port'
        : 'Something drops the packets, such as a firewall',
      wrong: [
        refused
          ? ['Something drops the packets, such as a firewall', 'read a refusal as a silent drop']
          : [
              'The host answered, but nothing listens on that port',
              'read a silent drop as a refusal',
            ],
        ['The name did not resolve to an address', 'blamed DNS for a port-level result'],
        ['The TLS certificate of the service has expired', 'blamed an application-layer fault'],
        ['The network cable of the server is unplugged', 'jumped to the physical layer'],
      ],
    }
  }),
  family('ping-uses-icmp-not-a-port', (rng) => ({
    stem: `${client(rng)}’s firewall allows TCP 443 to a server, but pings to it fail. The manager asks which port to open for ping. What do you tell them?`,
    key: 'Ping uses ICMP echo, which has no port: allow ICMP echo',
    wrong: [
      ['Open TCP port 7, the echo service ping uses', 'took the old echo service for ICMP'],
      ['Open UDP port 161, which answers pings', 'gave the monitoring port'],
      ['Open TCP port 80, since ping tests the web server', 'thought ping tests a web port'],
      [
        'Nothing: a server that answers on 443 answers pings',
        'thought one allowed port allows ping',
      ],
    ],
  })),
  family('ftp-passive-mode-through-a-firewall', (rng) => ({
    stem: `The FTP server at ${client(rng)} sits behind the office firewall. Outside clients using passive mode can log in, but directory listings hang. Only port 21 is open inbound. What is missing?`,
    key: 'The passive data port range the server hands out',
    wrong: [
      ['Port 22, for the data channel', 'took SFTP’s port for FTP data'],
      ['Port 20 inbound, used by passive mode', 'gave active mode’s port for passive mode'],
      ['Nothing: FTP carries data on port 21 too', 'thought FTP uses one connection'],
      ['Port 69, for the file transfer itself', 'mixed TFTP into FTP'],
      [
        'Port 990, because FTP switches to implicit TLS for listings',
        'took the FTPS port for plain FTP data',
      ],
      [
        'A second rule for port 21 in the outbound direction as well',
        'thought the control port carries the data',
      ],
    ],
  })),
  family('tcp-reliability-features', (rng) => ({
    stem: `${client(rng)}’s developer asks what TCP gives a file upload that UDP would not. Which answer is right?`,
    key: 'Acknowledged, ordered, retransmitted delivery',
    wrong: [
      ['Encryption of the data in transit', 'credited TCP with what TLS does'],
      ['A lower delay for each packet', 'gave TCP UDP’s advantage'],
      ['Delivery to many receivers at once', 'described multicast, not TCP'],
      ['Compression of the file before sending', 'credited TCP with compression'],
      [
        'Guaranteed bandwidth reserved along the whole path for the upload',
        'credited TCP with quality of service',
      ],
      [
        'Checks that the file itself is free of viruses before it is sent',
        'credited the transport with content scanning',
      ],
    ],
  })),
]
