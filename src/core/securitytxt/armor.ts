// Strict, linear helpers for OpenPGP ASCII armor (RFC 4880 §6, RFC 9580 §6): base64, CRC-24, packet header.
import { msg, type Message } from '../message/message.ts';

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const B64_INDEX = new Int16Array(128).fill(-1);
for (let i = 0; i < B64.length; i++) B64_INDEX[B64.charCodeAt(i)] = i;

/** Decodes standard base64 (padding optional, no whitespace inside); null when anything is off. */
export function decodeBase64(text: string): Uint8Array | null {
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 61 /* = */) end--;
  if (text.length - end > 2 || end % 4 === 1) return null;
  const out = new Uint8Array(Math.floor((end * 3) / 4));
  let acc = 0;
  let bits = 0;
  let o = 0;
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    const v = c < 128 ? B64_INDEX[c]! : -1;
    if (v < 0) return null;
    acc = (acc << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (acc >> bits) & 0xff;
    }
  }
  return out;
}

/** CRC-24 of RFC 4880 §6.1, one table step per byte. */
const CRC24_TABLE = new Int32Array(256);
for (let n = 0; n < 256; n++) {
  let crc = n << 16;
  for (let i = 0; i < 8; i++) {
    crc <<= 1;
    if (crc & 0x1000000) crc ^= 0x1864cfb;
  }
  CRC24_TABLE[n] = crc & 0xffffff;
}

/** CRC-24 of RFC 4880 §6.1. */
export function crc24(bytes: Uint8Array): number {
  let crc = 0xb704ce;
  for (let i = 0; i < bytes.length; i++) crc = ((crc << 8) ^ CRC24_TABLE[((crc >> 16) ^ bytes[i]!) & 0xff]!) & 0xffffff;
  return crc;
}

/** Checks that the bytes hold one or more complete OpenPGP signature packets (tag 2); returns a reason or null. */
export function checkSignaturePackets(bytes: Uint8Array): Message | null {
  if (bytes.length === 0) return msg('armor_noData');
  let pos = 0;
  let packets = 0;
  while (pos < bytes.length) {
    const header = readPacketHeader(bytes, pos);
    if (!('tag' in header)) return header;
    if (header.tag !== 2) return msg('armor_notSignaturePacket', { number: packets + 1, tag: header.tag });
    const version = bytes[header.bodyStart];
    if (version === undefined || version < 3 || version > 6) return msg('armor_unknownVersion');
    pos = header.bodyStart + header.length;
    packets++;
  }
  return null;
}

function readPacketHeader(bytes: Uint8Array, pos: number): { tag: number; bodyStart: number; length: number } | Message {
  const b0 = bytes[pos]!;
  if ((b0 & 0x80) === 0) return msg('armor_notPacket');
  let tag: number;
  let length: number;
  let bodyStart: number;
  if (b0 & 0x40) {
    tag = b0 & 0x3f;
    const o1 = bytes[pos + 1];
    if (o1 === undefined) return msg('armor_truncatedHeader');
    if (o1 < 192) { length = o1; bodyStart = pos + 2; }
    else if (o1 < 224) {
      const o2 = bytes[pos + 2];
      if (o2 === undefined) return msg('armor_truncatedHeader');
      length = ((o1 - 192) << 8) + o2 + 192; bodyStart = pos + 3;
    } else if (o1 === 255) {
      if (pos + 6 > bytes.length) return msg('armor_truncatedHeader');
      length = readUint32(bytes, pos + 2); bodyStart = pos + 6;
    } else return msg('armor_partialLength');
  } else {
    tag = (b0 >> 2) & 0x0f;
    const lengthType = b0 & 3;
    if (lengthType === 3) return msg('armor_indeterminateLength');
    const size = 1 << lengthType;
    if (pos + 1 + size > bytes.length) return msg('armor_truncatedHeader');
    length = size === 1 ? bytes[pos + 1]! : size === 2 ? (bytes[pos + 1]! << 8) | bytes[pos + 2]! : readUint32(bytes, pos + 1);
    bodyStart = pos + 1 + size;
  }
  if (bodyStart + length > bytes.length) return msg('armor_truncatedPacket');
  return { tag, bodyStart, length };
}

function readUint32(bytes: Uint8Array, at: number): number {
  return ((bytes[at]! << 24) >>> 0) + (bytes[at + 1]! << 16) + (bytes[at + 2]! << 8) + bytes[at + 3]!;
}
