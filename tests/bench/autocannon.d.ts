// The part of autocannon 9's API the page benchmarks use (the package ships no types).
declare module "autocannon" {
  type Histogram = { average: number; mean: number; total: number; p50: number; p99: number };
  type Options = { url: string; connections: number; duration: number; headers?: Record<string, string> };
  type Result = {
    duration: number;
    errors: number;
    timeouts: number;
    non2xx: number;
    statusCodeStats: Record<string, { count: number }>;
    latency: Histogram;
    requests: Histogram;
  };
  export default function autocannon(options: Options): Promise<Result>;
}
