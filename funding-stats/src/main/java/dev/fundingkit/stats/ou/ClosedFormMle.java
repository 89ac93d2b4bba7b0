package dev.fundingkit.stats.ou;

/**
 * The closed-form exact MLE for regular steps (ou.md §2.1), its observed-information standard
 * errors by the delta method from (c, φ, v), and the closed-form profile-likelihood interval:
 * {@code RSS(φ) = RSS_min + (φ − φ̂)²·Szz}, so
 * {@code φ ∈ φ̂ ± √(RSS_min·(e^(χ²/n) − 1)/Szz)}. Stateless.
 */
final class ClosedFormMle {

  private ClosedFormMle() {}

  static MleEstimate fit(Ar1Sums s, double step) {
    double phi = s.phi();
    if (phi >= 1) {
      return MleEstimate.boundary(OuEstimator.CLOSED_FORM, MleEstimate.Status.UNIT_ROOT, phi);
    }
    if (phi <= 0) {
      return MleEstimate.boundary(OuEstimator.CLOSED_FORM, MleEstimate.Status.TOO_FAST, phi);
    }
    int n = s.n;
    double c = s.intercept();
    double v = s.rss / n;
    double theta = -Math.log(phi) / step;
    double oneMinusPhiSq = 1 - phi * phi;
    double mu = c / (1 - phi);
    double sigma = Math.sqrt(2 * theta * v / oneMinusPhiSq);
    // observed information of (c, φ, v) is blockdiag(X'X/v, n/(2v²)); map by the Jacobian
    double varPhi = v / s.szz;
    double covCPhi = -v * s.zMean / s.szz;
    double varC = v * (1.0 / n + s.zMean * s.zMean / s.szz);
    double varV = 2 * v * v / n;
    double dThetaDPhi = -1.0 / (phi * step);
    double dMuDc = 1.0 / (1 - phi);
    double dMuDPhi = c / ((1 - phi) * (1 - phi));
    double dSigmaDPhi = 0.5 * sigma * (dThetaDPhi / theta + 2 * phi / oneMinusPhiSq);
    double dSigmaDv = 0.5 * sigma / v;
    double seTheta = Math.abs(dThetaDPhi) * Math.sqrt(varPhi);
    double seMu = Math.sqrt(dMuDc * dMuDc * varC + 2 * dMuDc * dMuDPhi * covCPhi
        + dMuDPhi * dMuDPhi * varPhi);
    double seSigma = Math.sqrt(dSigmaDPhi * dSigmaDPhi * varPhi + dSigmaDv * dSigmaDv * varV);
    return new MleEstimate(OuEstimator.CLOSED_FORM, MleEstimate.Status.INTERIOR, phi, theta,
        mu, sigma, seTheta, seMu, seSigma, profileInterval(s, step));
  }

  static ConfidenceInterval profileInterval(Ar1Sums s, double step) {
    double phi = s.phi();
    double half = Math.sqrt(s.rss * Math.expm1(MleEstimate.CHI2_95 / s.n) / s.szz);
    double phiHi = phi + half;
    double phiLo = phi - half;
    double thetaLo = phiHi < 1 ? -Math.log(phiHi) / step : 0.0;
    double thetaHi = phiLo > 0 ? -Math.log(phiLo) / step : Double.POSITIVE_INFINITY;
    return new ConfidenceInterval(thetaLo, thetaHi);
  }
}
