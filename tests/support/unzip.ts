/** Reads a ZIP file back (deflate or stored), checking each CRC: the bundle tests open what the build wrote. */
import { crc32, inflateRawSync } from 'node:zlib';

export function unzip(bytes: Uint8Array): Map<string, Buffer> {
	const buffer = Buffer.from(bytes);
	const endAt = buffer.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
	if (endAt < 0) throw new Error('not a zip file: no end record');
	const count = buffer.readUInt16LE(endAt + 10);
	let at = buffer.readUInt32LE(endAt + 16);
	const files = new Map<string, Buffer>();
	for (let i = 0; i < count; i += 1) {
		if (buffer.readUInt32LE(at) !== 0x02014b50) throw new Error(`bad central directory entry ${i}`);
		const method = buffer.readUInt16LE(at + 10);
		const crc = buffer.readUInt32LE(at + 16);
		const size = buffer.readUInt32LE(at + 20);
		const nameLength = buffer.readUInt16LE(at + 28);
		const extra = buffer.readUInt16LE(at + 30) + buffer.readUInt16LE(at + 32);
		const local = buffer.readUInt32LE(at + 42);
		const name = buffer.toString('utf8', at + 46, at + 46 + nameLength);
		const dataAt = local + 30 + buffer.readUInt16LE(local + 26) + buffer.readUInt16LE(local + 28);
		const packed = buffer.subarray(dataAt, dataAt + size);
		const data = method === 8 ? inflateRawSync(packed) : Buffer.from(packed);
		if (crc32(data) !== crc) throw new Error(`${name}: CRC mismatch`);
		files.set(name, data);
		at += 46 + nameLength + extra;
	}
	return files;
}
