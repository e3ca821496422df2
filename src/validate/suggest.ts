/** "Did you mean" lives in core so the policy stage can use it too; re-exported here for validate's rules. */
export { closest, didYouMean, editDistance, listOr } from "../core/suggest";
