import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    --_size: var(--tk-marker-size, 1.75rem);
    --_gap-color: var(--tk-gap-color, var(--_text));
    line-height: 1.4;
  }
  :host([disabled]) .track,
  .off .track {
    opacity: 0.55;
    cursor: default;
  }
  p {
    margin: 0 0 0.5rem;
  }
  .poles,
  .legend {
    display: flex;
    justify-content: space-between;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
  }
  .poles {
    font-weight: 600;
  }
  .poles :last-child {
    text-align: end;
  }
  .track {
    /* Positions --c and --d (0 to 1) are set on this element after each render. */
    position: relative;
    height: 6.5rem;
    padding-inline: calc(var(--_size) / 2 + 0.25rem);
    touch-action: pan-y;
    user-select: none;
    -webkit-user-select: none;
    cursor: pointer;
    forced-color-adjust: none;
  }
  .rail,
  .ticks {
    position: relative;
    height: 100%;
  }
  .ticks {
    position: absolute;
    inset: calc(50% - 0.5rem) 0 auto;
    height: 1rem;
    display: flex;
    justify-content: space-between;
  }
  .ticks::before {
    content: '';
    position: absolute;
    inset: calc(50% - 2px) 0 auto;
    height: 4px;
    border-radius: 2px;
    background: var(--_track);
  }
  /* A visible point at each position: the line reads as something to tap. */
  .ticks i {
    position: relative;
    width: 6px;
    margin: 3px -5px;
    border-radius: 50%;
    /* The ring is what shows: the track's colour, 3:1 or more against the page. */
    border: 2px solid var(--_track);
    background: var(--_surface);
  }
  .m {
    position: absolute;
    inset-inline-start: calc(var(--p) * 100% - var(--_size) / 2);
    width: var(--_size);
    height: var(--_size);
    cursor: grab;
    transition: inset-inline-start 0.15s;
    border-radius: 50%;
  }
  /* A key moves a marker one point at once, as a native range input does: frames of the glide
     would delay the paint of the next key press by up to a frame (issue 14). */
  .m:focus-visible {
    transition: none;
  }
  .m::before {
    content: '';
    position: absolute;
    inset: 0;
    box-sizing: border-box;
    border: 2px solid var(--_surface);
    border-radius: 50%;
    background: var(--_accent);
  }
  .m0 {
    --p: var(--c);
    top: calc(50% - var(--_size) - 0.2rem);
  }
  .m1 {
    --p: var(--d);
    top: calc(50% + 0.2rem);
  }
  .m1::before,
  .legend .k1::before {
    border-radius: 0;
    background: var(--_desired);
    transform: rotate(45deg) scale(0.78);
  }
  .unset {
    opacity: 0;
  }
  .unset:focus-visible {
    opacity: 1;
  }
  .unset::before {
    background: var(--_surface);
    border: 2px dashed var(--_text);
  }
  .tag {
    position: absolute;
    left: 50%;
    transform: translateX(-50%);
    font-size: 0.8rem;
    font-weight: 600;
    white-space: nowrap;
  }
  .m0 .tag {
    bottom: 100%;
  }
  .m1 .tag {
    top: 100%;
  }
  .gap {
    position: absolute;
    top: calc(50% - 2px);
    height: 4px;
    inset-inline-start: calc(var(--lo) * 100%);
    width: calc((var(--hi) - var(--lo)) * 100%);
    background: var(--_gap-color);
  }
  .gap::after {
    content: '';
    position: absolute;
    top: -7px;
    border: 9px solid transparent;
  }
  .fwd::after {
    inset-inline-end: -9px;
    border-inline-start-color: var(--_gap-color);
  }
  .back::after {
    inset-inline-start: -9px;
    border-inline-end-color: var(--_gap-color);
  }
  .legend {
    justify-content: start;
    margin-block: 0.25rem;
  }
  .legend > span {
    display: inline-flex;
    align-items: center;
    gap: 0.4rem;
  }
  .legend > span::before {
    content: '';
    width: 1rem;
    height: 1rem;
    border-radius: 50%;
    background: var(--_accent);
    forced-color-adjust: none;
  }
  label {
    display: inline-flex;
    align-items: center;
    min-height: 24px;
    color: var(--_muted);
  }
  input {
    width: 1.25rem;
    height: 1.25rem;
    margin: 0 0.3rem 0 0;
    accent-color: var(--_accent);
  }
  .hint {
    color: var(--_muted);
    font-size: 0.9rem;
  }
  .err {
    color: var(--_error);
    font-weight: 600;
  }
  details {
    margin-top: 0.5rem;
  }
  summary {
    cursor: pointer;
    min-height: 24px;
    color: var(--_accent);
  }
  .ben {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr));
    gap: 0 1rem;
  }
  ul {
    margin: 0.25rem 0;
    padding-inline-start: 1.2rem;
  }
`;
