package org.muni311.deploy.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.muni311.deploy.local.LocalPlatform;

/**
 * CPU time and resident memory of the platform's processes, from {@code /proc} (Linux
 * only). CPU is the user+system time consumed between two snapshots, as a percentage of
 * one core.
 */
final class ProcessSampler {

	/**
	 * Kernel clock ticks per second ({@code getconf CLK_TCK}); 100 on every Linux this
	 * runs on.
	 */
	private static final double TICKS_PER_SECOND = 100.0;

	/** The key of the three services' sum in {@link #cpuMillisPerRequest}. */
	static final String SERVICES = "services";

	private final Map<String, ProcessHandle> processes;

	ProcessSampler(Map<String, ProcessHandle> processes) {
		this.processes = processes;
	}

	/** CPU ticks used so far by each process, and when that was read. */
	Snapshot snapshot() {
		Map<String, Long> ticks = new LinkedHashMap<>();
		this.processes.forEach((name, process) -> ticks.put(name, cpuTicks(process.pid())));
		return new Snapshot(System.nanoTime(), ticks);
	}

	/** Resident memory of each process, in MiB. */
	Map<String, Long> residentMiB() {
		Map<String, Long> rss = new LinkedHashMap<>();
		this.processes.forEach((name, process) -> rss.put(name, residentKiB(process.pid()) / 1024));
		return rss;
	}

	/**
	 * CPU of each process between {@code from} and {@code to}, in percent of one core.
	 */
	static Map<String, Double> cpuPercent(Snapshot from, Snapshot to) {
		double seconds = (to.nanoTime() - from.nanoTime()) / 1e9;
		Map<String, Double> cpu = new LinkedHashMap<>();
		from.ticks().forEach((name, start) -> {
			long used = to.ticks().getOrDefault(name, start) - start;
			cpu.put(name, (seconds > 0) ? 100.0 * used / TICKS_PER_SECOND / seconds : 0);
		});
		return cpu;
	}

	/**
	 * CPU milliseconds each process used between {@code from} and {@code to} per request
	 * of {@code requests}, and under {@link #SERVICES} the services' sum (every process
	 * but {@link LocalPlatform#PLATFORM_PROCESS}); empty when there were none.
	 */
	static Map<String, Double> cpuMillisPerRequest(Snapshot from, Snapshot to, long requests) {
		Map<String, Double> perRequest = new LinkedHashMap<>();
		if (requests <= 0) {
			return perRequest;
		}
		double services = 0;
		for (Map.Entry<String, Long> start : from.ticks().entrySet()) {
			long used = to.ticks().getOrDefault(start.getKey(), start.getValue()) - start.getValue();
			double millis = 1000.0 * used / TICKS_PER_SECOND / requests;
			perRequest.put(start.getKey(), millis);
			if (!LocalPlatform.PLATFORM_PROCESS.equals(start.getKey())) {
				services += millis;
			}
		}
		perRequest.put(SERVICES, services);
		return perRequest;
	}

	/**
	 * utime + stime, fields 14 and 15 of {@code /proc/<pid>/stat}; 0 once the process is
	 * gone.
	 */
	static long cpuTicks(long pid) {
		try {
			String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
			// the command name (field 2) may hold spaces: count fields after its closing
			// parenthesis
			String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
			return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
		}
		catch (IOException | RuntimeException ex) {
			return 0;
		}
	}

	/** VmRSS of {@code /proc/<pid>/status}, in KiB; 0 once the process is gone. */
	static long residentKiB(long pid) {
		try {
			for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
				if (line.startsWith("VmRSS:")) {
					return Long.parseLong(line.replaceAll("\\D", ""));
				}
			}
			return 0;
		}
		catch (IOException | RuntimeException ex) {
			return 0;
		}
	}

	/**
	 * @param nanoTime when the ticks were read
	 * @param ticks CPU ticks per process
	 */
	record Snapshot(long nanoTime, Map<String, Long> ticks) {
	}

}
