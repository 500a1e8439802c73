import type { Rng } from '../../rng.js'
import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { family } from '../statfund/calc.js'
import { computed } from './calc.js'
import { client } from './draws.js'

/** A question whose key is a service's well-known port, each mistake another service's port. */
const portFamily = (
  id: string,
  service: string,
  stem: (rng: Rng) => string,
  wrong: readonly (readonly [service: string, mistake: string])[],
): ScenarioFamily =>
  family(id, (rng) =>
    computed(rng, {
      stem: stem(rng),
      key: ['port', [service]],
      wrong: wrong.map(([s, m]) => [['port', [s]], m] as const),
      show: (p) => `Port ${p}`,
    }),
  )

/** Ports, protocols and transport: which service listens where, TCP against UDP, the handshake. */
export const PORT_FAMILIES: readonly ScenarioFamily[] = [
  portFamily(
    'ssh-port-for-remote-administration',
    'SSH',
    (rng) =>
      `${client(rng)}’s Linux server must accept encrypted remote shell logins from your office IP only. Which TCP port does the firewall rule open?`,
    [
      ['Telnet', 'gave Telnet, the unencrypted remote shell'],
      ['FTP control', 'gave the FTP control port next to it'],
      ['RDP', 'gave the Windows remote desktop port'],
      ['HTTPS', 'gave the web port used by admin panels'],
    ],
  ),
  portFamily(
    'rdp-port-for-a-windows-desktop',
    'RDP',
    (rng) =>
      `A manager at ${client(rng)} connects to an office Windows PC with Remote Desktop over the VPN. Which TCP port must the PC’s firewall allow?`,
    [
      ['SSH', 'gave the SSH port used for Linux administration'],
      ['SMB', 'gave the Windows file-sharing port'],
      ['Microsoft SQL Server', 'gave another Microsoft service’s port'],
      ['HTTP alternate', 'gave the alternate web port of remote web consoles'],
    ],
  ),
  portFamily(
    'smtp-submission-port-for-mail-clients',
    'SMTP submission',
    (rng) =>
      `Staff at ${client(rng)} send mail from Outlook through the provider’s server with login and STARTTLS. Which port should the outgoing server use?`,
    [
      ['SMTP', 'gave server-to-server SMTP, which ISPs often block'],
      ['IMAP', 'gave the incoming IMAP port'],
      ['POP3', 'gave the incoming POP3 port'],
      ['IMAPS', 'gave the encrypted incoming IMAP port'],
      ['POP3S', 'gave the encrypted incoming POP3 port'],
      ['HTTPS', 'gave the webmail port'],
    ],
  ),
  portFamily(
    'imaps-port-for-incoming-mail',
    'IMAPS',
    (rng) =>
      `${client(rng)}’s mail app must fetch mail over IMAP with TLS from the first byte (implicit TLS). Which port is set for incoming mail?`,
    [
      ['IMAP', 'gave plain IMAP, without implicit TLS'],
      ['POP3S', 'gave the encrypted POP3 port'],
      ['SMTP submission', 'gave the outgoing submission port'],
      ['SMTPS', 'gave the implicit-TLS outgoing port'],
    ],
  ),
  portFamily(
    'pop3s-port-for-incoming-mail',
    'POP3S',
    (rng) =>
      `An old till PC at ${client(rng)} downloads mail by POP3 over implicit TLS. Which port does its account use?`,
    [
      ['POP3', 'gave plain POP3, without TLS'],
      ['IMAPS', 'gave the encrypted IMAP port'],
      ['SMTPS', 'gave the implicit-TLS outgoing port'],
      ['SMTP submission', 'gave the outgoing submission port'],
    ],
  ),
  portFamily(
    'dns-port-for-a-resolver',
    'DNS',
    (rng) =>
      `${client(rng)}’s firewall blocks all outbound traffic except what is listed. Which port must be allowed to its DNS resolver for name lookups to work?`,
    [
      ['DHCP server', 'gave the DHCP server port'],
      ['NTP', 'gave the time-sync port'],
      ['SNMP', 'gave the network-monitoring port'],
      ['TFTP', 'gave the trivial file transfer port'],
    ],
  ),
  portFamily(
    'dhcp-server-port-for-a-relay',
    'DHCP server',
    (rng) =>
      `A DHCP relay at ${client(rng)} forwards clients’ requests to a central server. On which UDP port does the DHCP server listen?`,
    [
      ['DHCP client', 'gave the port the client listens on'],
      ['TFTP', 'gave TFTP, used next to DHCP for network boot'],
      ['DNS', 'gave the DNS port'],
      ['NTP', 'gave the time-sync port'],
    ],
  ),
  portFamily(
    'https-port-for-a-web-server',
    'HTTPS',
    (rng) =>
      `${client(rng)} hosts its booking site on a VM and wants browsers to reach it over TLS with no port in the URL. Which inbound port is opened?`,
    [
      ['HTTP', 'gave plain HTTP'],
      ['HTTP alternate', 'gave the alternate web port of development servers'],
      ['SMB', 'confused SMB’s port with the TLS web port'],
      ['IMAPS', 'gave another TLS service’s port'],
    ],
  ),
  portFamily(
    'mysql-port-for-an-app-server',
    'MySQL',
    (rng) =>
      `${client(rng)}’s web app on one VM must reach its MySQL database on another. Which TCP port does the database VM’s security group allow from the app VM?`,
    [
      ['PostgreSQL', 'gave the PostgreSQL port'],
      ['Microsoft SQL Server', 'gave the SQL Server port'],
      ['RDP', 'gave the remote desktop port'],
      ['HTTP alternate', 'gave the alternate web port'],
    ],
  ),
  portFamily(
    'postgresql-port-for-an-app-server',
    'PostgreSQL',
    (rng) =>
      `${client(rng)} moves its accounting app’s PostgreSQL database to a cloud VM. Which TCP port must the VM accept from the app server?`,
    [
      ['MySQL', 'gave the MySQL port'],
      ['Microsoft SQL Server', 'gave the SQL Server port'],
      ['SIP', 'gave the VoIP signalling port'],
      ['LDAP', 'gave the directory port'],
    ],
  ),
  portFamily(
    'ntp-port-for-time-sync',
    'NTP',
    (rng) =>
      `Door-badge readers at ${client(rng)} drift in time because the firewall drops their time-sync traffic. Which UDP port must be allowed out?`,
    [
      ['SNMP', 'gave the monitoring port'],
      ['DNS', 'gave the DNS port'],
      ['TFTP', 'gave the trivial file transfer port'],
      ['DHCP client', 'gave the DHCP client port'],
      ['Syslog', 'gave the port the readers send their logs to'],
      ['HTTPS', 'gave the port of the readers’ cloud management portal'],
    ],
  ),
  portFamily(
    'snmp-port-for-polling',
    'SNMP',
    (rng) =>
      `Your monitoring server polls the switches at ${client(rng)} for interface counters. Which UDP port on the switches must it reach?`,
    [
      ['SNMPTRAP', 'gave the port traps are sent to, not polled on'],
      ['NTP', 'gave the time-sync port'],
      ['LDAP', 'gave the directory port'],
      ['Telnet', 'gave the old remote console port'],
    ],
  ),
  portFamily(
    'ldaps-port-for-directory-lookups',
    'LDAPS',
    (rng) =>
      `${client(rng)}’s VPN appliance checks logins against the domain controller over LDAP with implicit TLS. Which port does it use?`,
    [
      ['LDAP', 'gave plain LDAP, without implicit TLS'],
      ['HTTPS', 'gave the TLS web port'],
      ['IMAPS', 'gave the encrypted IMAP port'],
      ['SMB', 'gave the Windows file-sharing port'],
      ['Kerberos', 'gave the Kerberos port the domain controller also answers on'],
      ['RDP', 'gave the remote desktop port used to manage the domain controller'],
    ],
  ),
  portFamily(
    'smb-port-for-file-shares',
    'SMB',
    (rng) =>
      `Laptops at ${client(rng)} map a Windows file share directly over TCP, without NetBIOS. Which port must the file server allow?`,
    [
      ['NetBIOS session', 'gave the older NetBIOS session port'],
      ['RDP', 'gave the remote desktop port'],
      ['FTP control', 'gave the FTP control port'],
      ['LDAP', 'gave the directory port'],
    ],
  ),
  portFamily(
    'sip-port-for-voip-phones',
    'SIP',
    (rng) =>
      `${client(rng)}’s desk phones register with a hosted VoIP provider. Which port does their SIP signalling use when unencrypted?`,
    [
      ['SNMP', 'gave the monitoring port'],
      ['RDP', 'gave the remote desktop port'],
      ['PostgreSQL', 'gave a database port'],
      ['HTTP alternate', 'gave the alternate web port'],
    ],
  ),
]
