package org.muni311.deploy.local;

import java.util.List;

/**
 * The options of {@code run.sh}: {@code --instances N} (or {@code --instances=N}) starts
 * N instances of each service (default 1); {@code --help} says so. Anything else is
 * refused, so that a misspelt option never goes unnoticed.
 *
 * @param instances instances of each service
 * @param help whether the usage was asked for
 */
public record RunnerOptions(int instances, boolean help) {

	/** What {@code run.sh} accepts. */
	public static final String USAGE = "Usage: ./deploy/local/run.sh [--instances N]\n"
			+ "  --instances N   run N instances of each service (1 to " + Service.MAX_INSTANCES + ", default 1): "
			+ "instance n of a service listens on its port + " + Service.INSTANCE_PORT_STEP + " x (n - 1)\n"
			+ "  --help          this text\n" + "Ports come from the MUNI311_*_PORT variables (see the README).";

	/**
	 * Reads the command line.
	 * @param args the arguments
	 * @return the options
	 * @throws IllegalArgumentException for an unknown option or a bad value, saying which
	 */
	public static RunnerOptions parse(List<String> args) {
		int instances = 1;
		boolean help = false;
		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i);
			if (arg.equals("--help") || arg.equals("-h")) {
				help = true;
			}
			else if (arg.equals("--instances")) {
				if (i + 1 >= args.size()) {
					throw new IllegalArgumentException("--instances needs a number");
				}
				instances = instances(args.get(++i));
			}
			else if (arg.startsWith("--instances=")) {
				instances = instances(arg.substring("--instances=".length()));
			}
			else {
				throw new IllegalArgumentException("Unknown option: " + arg);
			}
		}
		return new RunnerOptions(instances, help);
	}

	private static int instances(String value) {
		int instances;
		try {
			instances = Integer.parseInt(value.strip());
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException("--instances needs a number: " + value);
		}
		if (instances < 1 || instances > Service.MAX_INSTANCES) {
			throw new IllegalArgumentException(
					"--instances must be between 1 and " + Service.MAX_INSTANCES + ": " + instances);
		}
		return instances;
	}

}
