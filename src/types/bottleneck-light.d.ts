// The light build (no clustering) that @octokit/plugin-throttling itself loads has the same API.
declare module 'bottleneck/light.js' {
  import Bottleneck from 'bottleneck';
  export default Bottleneck;
}
