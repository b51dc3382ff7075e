/**
 * A minimal ZIP writer for the "download everything" bundle, built once at
 * build time: deflate from node:zlib, no dependency. One fixed timestamp
 * (the data's date) keeps the file identical between builds of the same data.
 * Format: PKWARE APPNOTE 6.3 (local headers, central directory, end record),
 * UTF-8 names (flag bit 11), no ZIP64 (the bundle is far below 4 GB).
 */
import { crc32, deflateRawSync } from 'node:zlib';

export interface ZipEntry {
	name: string;
	data: string | Uint8Array;
}

/** MS-DOS date and time fields of a YYYY-MM-DD date, at midnight. */
function dosDateTime(date: string): { time: number; day: number } {
	const [y, m, d] = date.split('-').map(Number) as [number, number, number];
	return { time: 0, day: ((y - 1980) << 9) | (m << 5) | d };
}

export function zip(entries: readonly ZipEntry[], date: string): Uint8Array<ArrayBuffer> {
	const { time, day } = dosDateTime(date);
	const locals: Buffer[] = [];
	const centrals: Buffer[] = [];
	let offset = 0;
	for (const entry of entries) {
		const raw = typeof entry.data === 'string' ? Buffer.from(entry.data, 'utf8') : Buffer.from(entry.data);
		const packed = deflateRawSync(raw, { level: 9 });
		const name = Buffer.from(entry.name, 'utf8');
		const crc = crc32(raw);
		const local = Buffer.alloc(30);
		local.writeUInt32LE(0x04034b50, 0);
		local.writeUInt16LE(20, 4); // version needed: 2.0 (deflate)
		local.writeUInt16LE(0x0800, 6); // UTF-8 names
		local.writeUInt16LE(8, 8); // deflate
		local.writeUInt16LE(time, 10);
		local.writeUInt16LE(day, 12);
		local.writeUInt32LE(crc, 14);
		local.writeUInt32LE(packed.length, 18);
		local.writeUInt32LE(raw.length, 22);
		local.writeUInt16LE(name.length, 26);
		local.writeUInt16LE(0, 28);
		const central = Buffer.alloc(46);
		central.writeUInt32LE(0x02014b50, 0);
		central.writeUInt16LE(20, 4);
		central.writeUInt16LE(20, 6);
		central.writeUInt16LE(0x0800, 8);
		central.writeUInt16LE(8, 10);
		central.writeUInt16LE(time, 12);
		central.writeUInt16LE(day, 14);
		central.writeUInt32LE(crc, 16);
		central.writeUInt32LE(packed.length, 20);
		central.writeUInt32LE(raw.length, 24);
		central.writeUInt16LE(name.length, 28);
		central.writeUInt32LE(offset, 42);
		locals.push(local, name, packed);
		centrals.push(central, name);
		offset += local.length + name.length + packed.length;
	}
	const directory = Buffer.concat(centrals);
	const end = Buffer.alloc(22);
	end.writeUInt32LE(0x06054b50, 0);
	end.writeUInt16LE(entries.length, 8);
	end.writeUInt16LE(entries.length, 10);
	end.writeUInt32LE(directory.length, 12);
	end.writeUInt32LE(offset, 16);
	return Uint8Array.from(Buffer.concat([...locals, directory, end]));
}
